using AbsenceCases.Domain.Cases;

namespace AbsenceCases.Domain.Wellbeing;

/// <summary>One measure of a workplace's action plan after a measurement.</summary>
public sealed class ActionPlanMeasure : PlannedMeasure
{
    private ActionPlanMeasure()
    {
    }

    internal ActionPlanMeasure(MeasureDraft draft)
        : base(draft)
    {
    }

    public int FollowUpId { get; private set; }
}
