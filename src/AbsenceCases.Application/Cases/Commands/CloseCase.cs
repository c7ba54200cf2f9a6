using AbsenceCases.Application.Absences;

namespace AbsenceCases.Application.Cases.Commands;

/// <summary>Closes the case with a reason.</summary>
[Authorize(Roles.Manager, Roles.Hr)]
[Fires(CaseTrigger.Close)]
public sealed record CloseCase(DateOnly? ClosedOn, CloseReason? Reason, string? Note) : CaseCommand;

public sealed class CloseCaseValidator : AbstractValidator<CloseCase>
{
    public CloseCaseValidator(MunicipalClock clock)
    {
        RuleFor(c => c.ClosedOn).RequiredNotInFuture(clock);
        RuleFor(c => c.Reason).RequiredEnum();
        RuleFor(c => c.Note).Note();
    }
}

public sealed class CloseCaseHandler(CaseCommandServices services, FrequentAbsenceTrigger frequentAbsence) : CaseCommandHandler<CloseCase>(services)
{
    protected override Task AfterSaveAsync(AbsenceCase @case, ActionStamp stamp, CancellationToken cancellationToken) =>
        frequentAbsence.EvaluateAsync([@case.EmployeeId], stamp, cancellationToken);

    protected override void Apply(AbsenceCase @case, CloseCase command, ActionStamp stamp) =>
        @case.Close(command.ClosedOn!.Value, command.Reason!.Value, command.Note, stamp, Policy);
}
