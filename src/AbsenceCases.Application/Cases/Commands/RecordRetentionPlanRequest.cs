namespace AbsenceCases.Application.Cases.Commands;

/// <summary>The employee asked for a retention plan (fastholdelsesplan, sygedagpengeloven § 7b); the plan is then due by week 8.</summary>
[Authorize(Roles.Manager, Roles.Hr)]
[Fires(CaseTrigger.RecordRetentionPlanRequest)]
public sealed record RecordRetentionPlanRequest(DateOnly? RequestedOn) : CaseCommand;

public sealed class RecordRetentionPlanRequestValidator(MunicipalClock clock) : DatedStepValidator<RecordRetentionPlanRequest>(clock, c => c.RequestedOn);

public sealed class RecordRetentionPlanRequestHandler(CaseCommandServices services) : CaseCommandHandler<RecordRetentionPlanRequest>(services)
{
    protected override void Apply(AbsenceCase @case, RecordRetentionPlanRequest command, ActionStamp stamp) =>
        @case.RecordRetentionPlanRequest(command.RequestedOn!.Value, stamp, Policy);
}
