namespace AbsenceCases.Domain.Tests.Support;

/// <summary>Measures and proposals for prevention plans.</summary>
internal static class Plans
{
    public static MeasureDraft CompleteMeasure(DateOnly followUpOn) =>
        new("Tilpassede arbejdsopgaver i fire uger", "coordinator-7", "Kim Koordinator", followUpOn);

    public static PlanProposal Proposal(DateOnly agreedOn, params MeasureDraft[] measures) => new(agreedOn, measures);
}
