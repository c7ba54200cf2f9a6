namespace AbsenceCases.Application.Cases.Commands;

/// <summary>The coordination group takes the case into absence coordination (sygefraværskoordinering).</summary>
[Authorize(Roles.Coordinator, Roles.Hr)]
[Fires(CaseTrigger.StartCoordination)]
public sealed record StartCoordination(DateOnly? StartedOn, string? Reason) : CaseCommand;

public sealed class StartCoordinationValidator(MunicipalClock clock) : DatedStepValidator<StartCoordination>(clock, c => c.StartedOn, c => c.Reason);

public sealed class StartCoordinationHandler(CaseCommandServices services) : CaseCommandHandler<StartCoordination>(services)
{
    protected override void Apply(AbsenceCase @case, StartCoordination command, ActionStamp stamp) =>
        @case.StartCoordination(command.StartedOn!.Value, command.Reason, stamp, Policy);
}
