namespace AbsenceCases.Application.Cases.Commands;

/// <summary>The retention plan (fastholdelsesplan, sygedagpengeloven § 7b) made with the employee. It holds no diagnosis.</summary>
[Authorize(Roles.Manager, Roles.Hr)]
[Fires(CaseTrigger.MakeRetentionPlan)]
public sealed record MakeRetentionPlan(DateOnly? MadeOn, string? Content) : CaseCommand;

public sealed class MakeRetentionPlanValidator : AbstractValidator<MakeRetentionPlan>
{
    public MakeRetentionPlanValidator(MunicipalClock clock)
    {
        RuleFor(c => c.MadeOn).RequiredNotInFuture(clock);
        RuleFor(c => c.Content).NotEmpty().WithCode(FieldCodes.Required).MultiLineText(TextLimits.RetentionPlan);
    }
}

public sealed class MakeRetentionPlanHandler(CaseCommandServices services) : CaseCommandHandler<MakeRetentionPlan>(services)
{
    protected override void Apply(AbsenceCase @case, MakeRetentionPlan command, ActionStamp stamp) =>
        @case.MakeRetentionPlan(new RetentionPlanDetails(command.MadeOn!.Value, command.Content!.Trim()), stamp, Policy);
}
