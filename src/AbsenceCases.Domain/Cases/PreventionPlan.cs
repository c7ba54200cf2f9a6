namespace AbsenceCases.Domain.Cases;

/// <summary>The prevention plan (forebyggelsesplan) agreed for a case: measures with owners and follow-ups.</summary>
public sealed class PreventionPlan
{
    private readonly List<PreventionMeasure> _measures = [];

    private PreventionPlan()
    {
    }

    internal PreventionPlan(DateOnly agreedOn, IEnumerable<MeasureDraft> measures)
    {
        AgreedOn = agreedOn;
        _measures.AddRange(measures.Select(m => new PreventionMeasure(m)));
    }

    public int Id { get; private set; }

    public Guid CaseId { get; private set; }

    public DateOnly AgreedOn { get; private set; }

    public IReadOnlyCollection<PreventionMeasure> Measures => _measures;

    internal PreventionMeasure Add(MeasureDraft draft)
    {
        var measure = new PreventionMeasure(draft);
        _measures.Add(measure);
        return measure;
    }

    internal PreventionMeasure Measure(int measureId) =>
        _measures.SingleOrDefault(m => m.Id == measureId) ?? throw new DomainException(CaseCodes.NoSuchMeasure, ("measureId", measureId));
}
