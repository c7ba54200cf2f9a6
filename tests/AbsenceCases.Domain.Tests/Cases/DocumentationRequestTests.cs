using static AbsenceCases.Domain.Tests.Cases.CaseDates;

namespace AbsenceCases.Domain.Tests.Cases;

/// <summary>Documentation asked of the doctor: its expected day, its deadline, its receipt, also after closing, and its removal with the case's texts.</summary>
public class DocumentationRequestTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    [TestCase(DocumentationKind.FitNote, "2026-03-16")]
    [TestCase(DocumentationKind.PossibilityStatement, "2026-03-23")]
    [TestCase(DocumentationKind.DurationStatement, "2026-03-23")]
    [TestCase(DocumentationKind.StatusStatement, "2026-03-23")]
    public void ShouldExpectTheDocumentationByThePolicysDayForItsKind(DocumentationKind kind, string expectedBy)
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        @case.RequestDocumentation(kind, new DateOnly(2026, 3, 9), null, Stamps.On(Today), Policy);

        var request = @case.DocumentationRequests.Single();
        Assert.That((request.Kind, request.RequestedOn, request.ExpectedBy, request.IsAwaited), Is.EqualTo((kind, new DateOnly(2026, 3, 9), DateOnly.Parse(expectedBy), true)));
    }

    [Test]
    public void ShouldTakeTheExpectedDayGivenAndKeepTheState()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.FirstConversation).Build();

        @case.RequestDocumentation(DocumentationKind.StatusStatement, Today, new DateOnly(2026, 4, 1), Stamps.On(Today), Policy);

        Assert.Multiple(() =>
        {
            Assert.That(@case.DocumentationRequests.Single().ExpectedBy, Is.EqualTo(new DateOnly(2026, 4, 1)));
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.FirstConversation));
            Assert.That(@case.History.Last().Action, Is.EqualTo(CaseHistoryAction.RequestDocumentation));
        });
    }

    [Test]
    public void ShouldRefuseARequestBeforeTheFirstSickDay()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        var refusal = Refusal.Of(() => @case.RequestDocumentation(DocumentationKind.FitNote, DayBeforeFirstDay, null, Stamps.On(Today), Policy));

        Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.RequestedWithinAbsence }));
        Assert.That(@case.DocumentationRequests, Is.Empty);
    }

    [Test]
    public void ShouldGiveEachRequestADeadlineMetByItsReceipt()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        @case.RequestDocumentation(DocumentationKind.FitNote, new DateOnly(2026, 3, 3), null, Stamps.On(Today), Policy);

        var awaited = new DeadlinePolicy(Policy).DeadlinesOf(@case, Today).Single(d => d.Kind == DeadlineKind.DocumentationRequest);
        @case.RecordDocumentationReceived(0, Today, 450m, Stamps.On(Today), Policy);
        var met = new DeadlinePolicy(Policy).DeadlinesOf(@case, Today).Single(d => d.Kind == DeadlineKind.DocumentationRequest);

        Assert.That((awaited.DueDate, awaited.Status), Is.EqualTo((new DateOnly(2026, 3, 10), DeadlineStatus.Due)));
        Assert.That((met.Status, met.MetOn), Is.EqualTo((DeadlineStatus.Met, (DateOnly?)Today)));
        Assert.That(@case.DocumentationRequests.Single().CostDkk, Is.EqualTo(450m));
    }

    [Test]
    public void ShouldRefuseAReceiptBeforeTheRequestAndASecondReceipt()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        @case.RequestDocumentation(DocumentationKind.DurationStatement, new DateOnly(2026, 3, 5), null, Stamps.On(Today), Policy);

        var early = Refusal.ByRule(() => @case.RecordDocumentationReceived(0, new DateOnly(2026, 3, 4), null, Stamps.On(Today), Policy));
        @case.RecordDocumentationReceived(0, new DateOnly(2026, 3, 6), null, Stamps.On(Today), Policy);
        var version = @case.Version;
        var again = Refusal.ByRule(() => @case.RecordDocumentationReceived(0, Today, null, Stamps.On(Today), Policy));

        Assert.That((early.Code, early.Args["requestedOn"]), Is.EqualTo((CaseCodes.ReceivedBeforeRequested, (object)new DateOnly(2026, 3, 5))));
        Assert.That((again.Code, again.Args["receivedOn"]), Is.EqualTo((CaseCodes.DocumentationAlreadyReceived, (object)new DateOnly(2026, 3, 6))));
        Assert.That(@case.PermittedTriggers(Today, Policy), Does.Not.Contain(CaseTrigger.RecordDocumentationReceived), "nothing is awaited any more");
        Assert.That((@case.DocumentationRequests.Single().ReceivedOn, @case.Version), Is.EqualTo(((DateOnly?)new DateOnly(2026, 3, 6), version)));
    }

    [Test]
    public void ShouldRecordDocumentationThatCameAfterClosingButAskForNoMore()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        @case.RequestDocumentation(DocumentationKind.FitNote, new DateOnly(2026, 3, 3), null, Stamps.On(Today), Policy);
        @case.RegisterReturn(new DateOnly(2026, 3, 5), Stamps.On(Today), Policy);

        var permitted = @case.PermittedTriggers(Today, Policy);
        @case.RecordDocumentationReceived(0, Today, null, Stamps.On(Today), Policy);

        Assert.That(permitted, Does.Contain(CaseTrigger.RecordDocumentationReceived).And.Not.Contain(CaseTrigger.RequestDocumentation));
        Assert.That((@case.Status, @case.DocumentationRequests.Single().ReceivedOn), Is.EqualTo((CaseStatus.Closed, (DateOnly?)Today)));
    }

    [Test]
    public void ShouldRemoveTheRequestsWhenTheCaseIsAnonymised()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        @case.RequestDocumentation(DocumentationKind.PossibilityStatement, new DateOnly(2026, 3, 3), null, Stamps.On(Today), Policy);
        @case.RegisterReturn(new DateOnly(2026, 3, 5), Stamps.On(Today), Policy);

        @case.Anonymise(Stamps.On(new DateOnly(2031, 4, 1)));

        Assert.That(@case.DocumentationRequests, Is.Empty);
    }
}
