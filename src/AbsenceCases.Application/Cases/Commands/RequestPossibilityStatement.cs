namespace AbsenceCases.Application.Cases.Commands;

/// <summary>A possibility statement (mulighedserklæring) was asked of the employee's doctor.</summary>
[Authorize(Roles.Manager, Roles.Hr)]
[Fires(CaseTrigger.RequestPossibilityStatement)]
public sealed record RequestPossibilityStatement(DateOnly? RequestedOn) : CaseCommand;

public sealed class RequestPossibilityStatementValidator(MunicipalClock clock) : DatedStepValidator<RequestPossibilityStatement>(clock, c => c.RequestedOn);

public sealed class RequestPossibilityStatementHandler(CaseCommandServices services) : CaseCommandHandler<RequestPossibilityStatement>(services)
{
    protected override void Apply(AbsenceCase @case, RequestPossibilityStatement command, ActionStamp stamp) =>
        @case.RequestPossibilityStatement(command.RequestedOn!.Value, stamp, Policy);
}
