using static AbsenceCases.Domain.Tests.Cases.CaseDates;

namespace AbsenceCases.Domain.Tests.Cases;

/// <summary>The records every open case allows: a possibility statement asked of the doctor and the employee's § 7b request.</summary>
public class OpenCaseRecordsTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    [Test]
    public void ShouldRecordTheRetentionPlanRequestInTheHistoryAndKeepTheState()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.FirstConversation).Build();

        @case.RecordRetentionPlanRequest(Today, Stamps.On(Today), Policy);

        Assert.Multiple(() =>
        {
            Assert.That(@case.RetentionPlanRequestedOn, Is.EqualTo(Today));
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.FirstConversation));
            var last = @case.History.Last();
            Assert.That((last.Action, last.From, last.To), Is.EqualTo(
                (CaseHistoryAction.RecordRetentionPlanRequest, (CaseStatus?)CaseStatus.FirstConversation, (CaseStatus?)CaseStatus.FirstConversation)));
        });
    }

    [Test]
    public void ShouldRefuseASecondRetentionPlanRequest()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        @case.RecordRetentionPlanRequest(new DateOnly(2026, 3, 4), Stamps.On(Today), Policy);
        var version = @case.Version;

        var refusal = Refusal.Of(() => @case.RecordRetentionPlanRequest(Today, Stamps.On(Today), Policy));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.NotAskedForAPlanBefore }));
            Assert.That(@case.RetentionPlanRequestedOn, Is.EqualTo(new DateOnly(2026, 3, 4)));
            Assert.That(@case.Version, Is.EqualTo(version));
        });
    }

    [TestCase("2026-03-01", TestName = "the day before the first sick day")]
    [TestCase("2026-03-11", TestName = "tomorrow")]
    public void ShouldRefuseARetentionPlanRequestOutsideTheAbsence(string askedOn)
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        var refusal = Refusal.Of(() => @case.RecordRetentionPlanRequest(DateOnly.Parse(askedOn), Stamps.On(Today), Policy));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.AskedWithinAbsence }));
            Assert.That(@case.RetentionPlanRequestedOn, Is.Null);
        });
    }

    [Test]
    public void ShouldAskForAPossibilityStatementAgainAndKeepTheLatestDay()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.Coordination).Build();
        @case.RequestPossibilityStatement(new DateOnly(2026, 3, 4), Stamps.On(Today), Policy);

        @case.RequestPossibilityStatement(Today, Stamps.On(Today), Policy);

        Assert.Multiple(() =>
        {
            Assert.That(@case.PossibilityStatementRequestedOn, Is.EqualTo(Today));
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.Coordination));
            Assert.That(@case.History.Count(h => h.Action == CaseHistoryAction.RequestPossibilityStatement), Is.EqualTo(2));
        });
    }

    [TestCase("2026-03-01", TestName = "a possibility statement the day before the first sick day")]
    [TestCase("2026-03-11", TestName = "a possibility statement tomorrow")]
    public void ShouldRefuseAPossibilityStatementOutsideTheAbsence(string requestedOn)
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        var refusal = Refusal.Of(() => @case.RequestPossibilityStatement(DateOnly.Parse(requestedOn), Stamps.On(Today), Policy));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.RequestedWithinAbsence }));
            Assert.That(@case.PossibilityStatementRequestedOn, Is.Null);
        });
    }
}
