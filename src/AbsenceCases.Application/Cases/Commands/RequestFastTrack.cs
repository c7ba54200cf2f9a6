namespace AbsenceCases.Application.Cases.Commands;

/// <summary>Early follow-up was asked of the municipality (fast track, sygedagpengeloven § 7c).</summary>
[Authorize(Roles.Manager, Roles.Hr)]
[Fires(CaseTrigger.RequestFastTrack)]
public sealed record RequestFastTrack(DateOnly? RequestedOn) : CaseCommand;

public sealed class RequestFastTrackValidator(MunicipalClock clock) : DatedStepValidator<RequestFastTrack>(clock, c => c.RequestedOn);

public sealed class RequestFastTrackHandler(CaseCommandServices services) : CaseCommandHandler<RequestFastTrack>(services)
{
    protected override void Apply(AbsenceCase @case, RequestFastTrack command, ActionStamp stamp) =>
        @case.RequestFastTrack(command.RequestedOn!.Value, stamp, Policy);
}
