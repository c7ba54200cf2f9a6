namespace AbsenceCases.Domain.Cases;

/// <summary>One measure of a case's prevention plan.</summary>
public sealed class PreventionMeasure : PlannedMeasure
{
    private PreventionMeasure()
    {
    }

    internal PreventionMeasure(MeasureDraft draft)
        : base(draft)
    {
    }

    public int PlanId { get; private set; }
}
