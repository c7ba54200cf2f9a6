namespace AbsenceCases.Application.Cases.Commands;

/// <summary>A relapse soon after closing reopens the case from the given day.</summary>
[Authorize(Roles.Manager, Roles.Hr)]
[Fires(CaseTrigger.Reopen)]
public sealed record ReopenCase(DateOnly? On) : CaseCommand;

public sealed class ReopenCaseValidator(MunicipalClock clock) : DatedStepValidator<ReopenCase>(clock, c => c.On);

public sealed class ReopenCaseHandler(CaseCommandServices services) : CaseCommandHandler<ReopenCase>(services)
{
    protected override async Task CheckAsync(AbsenceCase @case, ReopenCase command, CancellationToken cancellationToken)
    {
        if (await Db.Cases.AnyAsync(c => c.EmployeeId == @case.EmployeeId && c.Id != @case.Id && c.Status != CaseStatus.Closed, cancellationToken))
        {
            throw new ConflictException(CaseCommandCodes.OtherOpenCase);
        }
    }

    protected override void Apply(AbsenceCase @case, ReopenCase command, ActionStamp stamp) =>
        @case.Reopen(command.On!.Value, stamp, Policy);
}
