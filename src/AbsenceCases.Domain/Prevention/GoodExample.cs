namespace AbsenceCases.Domain.Prevention;

/// <summary>
/// A good example in the bank that workplaces learn from: what a workplace did and what came of it, told by HR without
/// any person in it, with the figures before and after that the system filled in.
/// </summary>
public sealed class GoodExample
{
    private GoodExample()
    {
        Title = WhatWasDone = WhatCameOfIt = string.Empty;
        Figures = null!;
    }

    public GoodExample(
        int unitId, GoodExampleSource source, int? initiativeId, int? measurementId, string title, string whatWasDone, string whatCameOfIt,
        DateOnly markedOn, ExampleFigures figures)
    {
        UnitId = unitId;
        Source = source;
        InitiativeId = initiativeId;
        MeasurementId = measurementId;
        Title = title;
        WhatWasDone = whatWasDone;
        WhatCameOfIt = whatCameOfIt;
        MarkedOn = markedOn;
        Figures = figures;
    }

    public int Id { get; private set; }

    /// <summary>The workplace.</summary>
    public int UnitId { get; private set; }

    public GoodExampleSource Source { get; private set; }

    public int? InitiativeId { get; private set; }

    /// <summary>The measurement whose follow-up this is.</summary>
    public int? MeasurementId { get; private set; }

    public string Title { get; private set; }

    public string WhatWasDone { get; private set; }

    public string WhatCameOfIt { get; private set; }

    public DateOnly MarkedOn { get; private set; }

    public ExampleFigures Figures { get; private set; }
}
