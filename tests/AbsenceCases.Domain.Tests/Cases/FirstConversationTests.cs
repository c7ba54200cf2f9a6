using static AbsenceCases.Domain.Tests.Cases.CaseDates;

namespace AbsenceCases.Domain.Tests.Cases;

public class FirstConversationTests
{
    // Today is 10 March 2026, day 9 of an absence that began on 2 March.
    private static readonly DateOnly Today = new(2026, 3, 10);

    [Test]
    public void ShouldHoldFirstConversationOnTheFirstSickDay()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        @case.HoldFirstConversation(Conversation(FirstDay), Stamps.On(Today), Policy);

        Assert.Multiple(() =>
        {
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.FirstConversation));
            Assert.That(@case.FirstConversationHeldOn, Is.EqualTo(FirstDay));
        });
    }

    [Test]
    public void ShouldHoldFirstConversationToday()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        @case.HoldFirstConversation(Conversation(Today), Stamps.On(Today), Policy);

        Assert.That(@case.Status, Is.EqualTo(CaseStatus.FirstConversation));
    }

    [Test]
    public void ShouldRefuseFirstConversationTheDayBeforeTheFirstSickDay()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        var version = @case.Version;

        var refusal = Refusal.Of(() => @case.HoldFirstConversation(Conversation(DayBeforeFirstDay), Stamps.On(Today), Policy));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.HeldWithinAbsence }));
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.Reported));
            Assert.That(@case.Conversations, Is.Empty);
            Assert.That(@case.Version, Is.EqualTo(version));
            Assert.That(@case.History, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void ShouldRefuseFirstConversationTomorrow()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        var refusal = Refusal.Of(() => @case.HoldFirstConversation(Conversation(Today.AddDays(1)), Stamps.On(Today), Policy));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.HeldWithinAbsence }));
            Assert.That(refusal.PermittedTriggers, Does.Contain(CaseTrigger.HoldFirstConversation));
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.Reported));
        });
    }

    [Test]
    public void ShouldRecordWhatWasAgreedAndAskedForAtTheConversation()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        var details = new FirstConversationDetails(
            new DateOnly(2026, 3, 9),
            ConversationForm.Phone,
            new DateOnly(2026, 4, 13),
            "Delvis raskmelding drøftet",
            new ConversationRequests(PossibilityStatement: true, RetentionPlan: false, FastTrack: true));

        @case.HoldFirstConversation(details, Stamps.On(Today), Policy);

        var conversation = @case.Conversations.Single();
        Assert.Multiple(() =>
        {
            Assert.That(conversation.HeldOn, Is.EqualTo(new DateOnly(2026, 3, 9)));
            Assert.That(conversation.Form, Is.EqualTo(ConversationForm.Phone));
            Assert.That(conversation.Note, Is.EqualTo("Delvis raskmelding drøftet"));
            Assert.That(conversation.PossibilityStatementRequested, Is.True);
            Assert.That(conversation.RetentionPlanRequested, Is.False);
            Assert.That(conversation.FastTrackRequested, Is.True);
            Assert.That(@case.ExpectedReturn, Is.EqualTo(new DateOnly(2026, 4, 13)));
        });
    }

    [TestCase(CaseStatus.FirstConversation)]
    [TestCase(CaseStatus.Coordination)]
    [TestCase(CaseStatus.PreventionPlan)]
    public void ShouldRefuseFirstConversationOutsideReported(CaseStatus state)
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(state).Build();
        var today = new DateOnly(2026, 3, 20);

        var refusal = Refusal.Of(() => @case.HoldFirstConversation(Conversation(today), Stamps.On(today), Policy));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.State, Is.EqualTo(state));
            Assert.That(refusal.UnmetGuards, Is.Empty);
            Assert.That(@case.Status, Is.EqualTo(state));
        });
    }

    private static FirstConversationDetails Conversation(DateOnly heldOn) =>
        new(heldOn, ConversationForm.InPerson, null, null, default);
}
