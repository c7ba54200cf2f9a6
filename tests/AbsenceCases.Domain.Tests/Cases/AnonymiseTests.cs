using static AbsenceCases.Domain.Tests.Cases.CaseDates;

namespace AbsenceCases.Domain.Tests.Cases;

/// <summary>The retention policy: what was written about the employee goes; the spells and dates stay for the statistics.</summary>
public class AnonymiseTests
{
    private static readonly DateOnly ReturnedOn = new(2026, 4, 20);
    private static readonly DateOnly ClosedOn = new(2026, 4, 27);
    private static readonly DateOnly AnonymisedOn = new(2031, 5, 1);

    [Test]
    public void ShouldRemoveConversationsNotesAndTheRetentionPlan()
    {
        var @case = AWholeEpisode();
        var actions = @case.History.Select(h => h.Action).ToList();
        var version = @case.Version;
        var heldOn = @case.FirstConversationHeldOn;
        var deadlinesBefore = new DeadlinePolicy(Policy).DeadlinesOf(@case, AnonymisedOn).Select(d => (d.Kind, d.Status, d.MetOn)).ToList();

        @case.Anonymise(Stamps.By("system", "System", AnonymisedOn));

        Assert.Multiple(() =>
        {
            Assert.That(@case.Conversations, Is.Empty);
            Assert.That(heldOn, Is.Not.Null);
            Assert.That(@case.FirstConversationHeldOn, Is.EqualTo(heldOn), "the date of the § 7a conversation stays");
            Assert.That(new DeadlinePolicy(Policy).DeadlinesOf(@case, AnonymisedOn).Select(d => (d.Kind, d.Status, d.MetOn)), Is.EqualTo(deadlinesBefore),
                "anonymising changes no deadline");
            Assert.That(@case.History.Select(h => h.Note), Is.All.Null);
            Assert.That(@case.RetentionPlan.Content, Is.Null);
            Assert.That(@case.AnonymisedOn, Is.EqualTo(AnonymisedOn));
            Assert.That(@case.History.Select(h => h.Action), Is.EqualTo(actions.Append(CaseHistoryAction.Anonymised)));
            Assert.That(
                @case.History.Select(h => (h.From, h.To, h.ByUserId)).Last(),
                Is.EqualTo(((CaseStatus?)CaseStatus.Closed, (CaseStatus?)CaseStatus.Closed, "system")));
            Assert.That(@case.Version, Is.EqualTo(version + 1));
        });
    }

    [Test]
    public void ShouldReplaceTheTextsOfThePreventionPlan()
    {
        var @case = AWholeEpisode();

        @case.Anonymise(Stamps.On(AnonymisedOn));

        var measure = @case.PreventionPlan!.Measures.Single();
        Assert.Multiple(() =>
        {
            Assert.That(measure.Description, Is.EqualTo("[anonymiseret]"));
            Assert.That(measure.Responsible, Is.EqualTo("[anonymiseret]"));
            Assert.That(measure.ResponsibleUserId, Is.Null);
            Assert.That(measure.FollowUpOn, Is.EqualTo(new DateOnly(2026, 4, 13)));
            Assert.That(@case.PreventionPlan.AgreedOn, Is.EqualTo(new DateOnly(2026, 3, 16)));
        });
    }

    [Test]
    public void ShouldKeepTheSpellsAndTheDates()
    {
        var @case = AWholeEpisode();

        @case.Anonymise(Stamps.On(AnonymisedOn));

        Assert.Multiple(() =>
        {
            Assert.That(
                @case.Spells.Select(s => (s.Type, s.Percent, s.FirstDay, s.LastDay)),
                Is.EqualTo(new[] { (AbsenceType.OwnIllness, 100, FirstDay, (DateOnly?)ReturnedOn.AddDays(-1)) }));
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.Closed));
            Assert.That(@case.EmployeeId, Is.EqualTo(CaseBuilder.EmployeeId));
            Assert.That(@case.FirstDay, Is.EqualTo(FirstDay));
            Assert.That(@case.CareContactOn, Is.EqualTo(new DateOnly(2026, 3, 4)));
            Assert.That(@case.CoordinationStartedOn, Is.EqualTo(new DateOnly(2026, 3, 12)));
            Assert.That(@case.RetentionPlanRequestedOn, Is.EqualTo(new DateOnly(2026, 3, 9)));
            Assert.That(@case.RetentionPlanMadeOn, Is.EqualTo(new DateOnly(2026, 3, 20)));
            Assert.That(@case.ReturnedOn, Is.EqualTo(ReturnedOn));
            Assert.That(@case.ClosedOn, Is.EqualTo(ClosedOn));
            Assert.That(@case.CloseReason, Is.EqualTo(CloseReason.ReturnedToWork));
        });
    }

    [Test]
    public void ShouldAnonymiseAClosedCaseWithoutAPreventionPlan()
    {
        var back = new DateOnly(2026, 3, 5);
        var @case = AbsenceCase.ReportSickCall(
            CaseBuilder.EmployeeId, CaseBuilder.UnitId,
            new SickCallDetails(FirstDay, AbsenceType.OwnIllness, 100, null, "Ringede kl. 7"), Stamps.On(FirstDay));
        @case.RegisterReturn(back, Stamps.On(back), Policy);

        @case.Anonymise(Stamps.On(AnonymisedOn));

        Assert.Multiple(() =>
        {
            Assert.That(@case.History.Select(h => h.Note), Is.All.Null);
            Assert.That(@case.AnonymisedOn, Is.EqualTo(AnonymisedOn));
            Assert.That(@case.Spells, Has.Count.EqualTo(1));
        });
    }

    [TestCase(CaseStatus.Reported)]
    [TestCase(CaseStatus.PreventionPlan)]
    public void ShouldRefuseToAnonymiseAnOpenCase(CaseStatus state)
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(state).Build();
        var version = @case.Version;
        var conversations = @case.Conversations.Count;

        var refusal = Refusal.ByRule(() => @case.Anonymise(Stamps.On(AnonymisedOn)));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.Code, Is.EqualTo("case.anonymiseOnlyClosed"));
            Assert.That(@case.AnonymisedOn, Is.Null);
            Assert.That(@case.Conversations, Has.Count.EqualTo(conversations));
            Assert.That(@case.PreventionPlan?.Measures.Select(m => m.Description) ?? [], Has.None.EqualTo("[anonymiseret]"));
            Assert.That(@case.Version, Is.EqualTo(version));
        });
    }

    [Test]
    public void ShouldRefuseToAnonymiseACaseTwice()
    {
        var @case = AWholeEpisode();
        @case.Anonymise(Stamps.On(AnonymisedOn));
        var version = @case.Version;

        var refusal = Refusal.ByRule(() => @case.Anonymise(Stamps.On(AnonymisedOn.AddDays(1))));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.Code, Is.EqualTo("case.anonymiseOnlyClosed"));
            Assert.That(@case.AnonymisedOn, Is.EqualTo(AnonymisedOn));
            Assert.That(@case.Version, Is.EqualTo(version));
        });
    }

    /// <summary>A long absence with a note at every step, a conversation, a retention plan and a prevention plan, closed after the return.</summary>
    private static AbsenceCase AWholeEpisode()
    {
        var @case = AbsenceCase.ReportSickCall(
            CaseBuilder.EmployeeId,
            CaseBuilder.UnitId,
            new SickCallDetails(FirstDay, AbsenceType.OwnIllness, 100, new DateOnly(2026, 4, 28), "Ringede kl. 7"),
            Stamps.On(FirstDay));
        var careContact = new DateOnly(2026, 3, 4);
        @case.RecordCareContact(careContact, "Talt i telefon", Stamps.On(careContact), Policy);
        var conversation = new DateOnly(2026, 3, 9);
        @case.HoldFirstConversation(
            new FirstConversationDetails(
                conversation, ConversationForm.InPerson, null, "Aftalt gradvis opstart", new ConversationRequests(false, RetentionPlan: true, false)),
            Stamps.On(conversation),
            Policy);
        var coordination = new DateOnly(2026, 3, 12);
        @case.StartCoordination(coordination, "Langvarigt fravær", Stamps.On(coordination), Policy);
        var planAgreed = new DateOnly(2026, 3, 16);
        @case.AgreePreventionPlan(Plans.Proposal(planAgreed, Plans.CompleteMeasure(new DateOnly(2026, 4, 13))), Stamps.On(planAgreed), Policy);
        var retentionPlan = new DateOnly(2026, 3, 20);
        @case.MakeRetentionPlan(new RetentionPlanDetails(retentionPlan, "Nedsat tid og faste pauser"), Stamps.On(retentionPlan), Policy);
        @case.RegisterReturn(ReturnedOn, Stamps.On(ReturnedOn), Policy);
        @case.Close(ClosedOn, CloseReason.ReturnedToWork, "Fulgt op", Stamps.On(ClosedOn), Policy);

        Assert.Multiple(() =>
        {
            Assert.That(@case.Conversations, Has.Count.EqualTo(1), "the episode has a conversation to remove");
            Assert.That(@case.RetentionPlan.Content, Is.Not.Null, "the episode has a retention plan to remove");
            Assert.That(@case.History.Count(h => h.Note is not null), Is.EqualTo(5), "the episode has notes to remove");
        });
        return @case;
    }
}
