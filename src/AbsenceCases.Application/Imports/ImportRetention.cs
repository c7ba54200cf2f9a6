using AbsenceCases.Application.Retention;

namespace AbsenceCases.Application.Imports;

/// <summary>The last day an ended employment or spell may have and still be past retention, so that an old file does not bring it back.</summary>
public sealed class ImportRetention(MunicipalClock clock, DeadlinePolicy policy)
{
    public DateOnly EndedOnOrBefore => RetentionCutoffs.On(clock.Now, clock.Today, policy.Settings).EndedOnOrBefore;
}
