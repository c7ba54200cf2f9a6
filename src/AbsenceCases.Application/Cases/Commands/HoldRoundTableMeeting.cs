namespace AbsenceCases.Application.Cases.Commands;

/// <summary>A round-table meeting (rundbordssamtale) with the employee, the workplace and the municipality was held.</summary>
[Authorize(Roles.Manager, Roles.Hr)]
[Fires(CaseTrigger.HoldRoundTableMeeting)]
public sealed record HoldRoundTableMeeting(DateOnly? HeldOn, string? Note) : CaseCommand;

public sealed class HoldRoundTableMeetingValidator(MunicipalClock clock) : DatedStepValidator<HoldRoundTableMeeting>(clock, c => c.HeldOn, c => c.Note);

public sealed class HoldRoundTableMeetingHandler(CaseCommandServices services) : CaseCommandHandler<HoldRoundTableMeeting>(services)
{
    protected override void Apply(AbsenceCase @case, HoldRoundTableMeeting command, ActionStamp stamp) =>
        @case.HoldRoundTableMeeting(command.HeldOn!.Value, command.Note, stamp, Policy);
}
