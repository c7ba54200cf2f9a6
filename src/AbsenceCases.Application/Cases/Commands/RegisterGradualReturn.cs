namespace AbsenceCases.Application.Cases.Commands;

/// <summary>
/// The employee returns part time (delvis raskmelding): from the given day the absence is the given percent. The
/// absence stays one period; a full return ends it.
/// </summary>
[Authorize(Roles.Manager, Roles.Hr)]
[Fires(CaseTrigger.RegisterGradualReturn)]
public sealed record RegisterGradualReturn(DateOnly? From, int? Percent) : CaseCommand;

public sealed class RegisterGradualReturnValidator : DatedStepValidator<RegisterGradualReturn>
{
    /// <summary>A full absence is a sick call and no absence a return, so a gradual return lies between.</summary>
    public const int MinPercent = 1;

    public const int MaxPercent = 99;

    public RegisterGradualReturnValidator(MunicipalClock clock)
        : base(clock, c => c.From) =>
        RuleFor(c => c.Percent)
            .NotNull().WithCode(FieldCodes.Required)
            .InclusiveBetween(MinPercent, MaxPercent).WithCode(FieldCodes.OutOfRange, ("min", MinPercent), ("max", MaxPercent));
}

public sealed class RegisterGradualReturnHandler(CaseCommandServices services) : CaseCommandHandler<RegisterGradualReturn>(services)
{
    protected override void Apply(AbsenceCase @case, RegisterGradualReturn command, ActionStamp stamp) =>
        @case.RegisterGradualReturn(command.From!.Value, command.Percent!.Value, stamp, Policy);
}
