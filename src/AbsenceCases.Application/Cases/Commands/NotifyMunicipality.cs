namespace AbsenceCases.Application.Cases.Commands;

/// <summary>The absence was reported to the municipality through NemRefusion (sygedagpengeloven § 59).</summary>
[Authorize(Roles.Manager, Roles.Hr)]
[Fires(CaseTrigger.NotifyMunicipality)]
public sealed record NotifyMunicipality(DateOnly? On) : CaseCommand;

public sealed class NotifyMunicipalityValidator(MunicipalClock clock) : DatedStepValidator<NotifyMunicipality>(clock, c => c.On);

public sealed class NotifyMunicipalityHandler(CaseCommandServices services) : CaseCommandHandler<NotifyMunicipality>(services)
{
    protected override void Apply(AbsenceCase @case, NotifyMunicipality command, ActionStamp stamp) =>
        @case.NotifyMunicipality(command.On!.Value, stamp, Policy);
}
