using static AbsenceCases.Domain.Tests.Cases.CaseDates;

namespace AbsenceCases.Domain.Tests.Cases;

public class HistoryTests
{
    [Test]
    public void ShouldWriteAHistoryRowForEveryTransitionOfAWholeEpisode()
    {
        var leader = ("leader-1", "Lone Leder");
        var coordinator = ("coordinator-7", "Kim Koordinator");
        ActionStamp By((string Id, string Name) user, DateOnly day) => Stamps.By(user.Id, user.Name, day);

        var @case = AbsenceCase.ReportSickCall(
            42, 7, new SickCallDetails(FirstDay, AbsenceType.OwnIllness, 100, null, "Ringede kl. 7"), By(leader, FirstDay));
        @case.RecordCareContact(new DateOnly(2026, 3, 3), "Omsorgssamtale", By(leader, new DateOnly(2026, 3, 3)), Policy);
        @case.HoldFirstConversation(
            new FirstConversationDetails(new DateOnly(2026, 3, 9), ConversationForm.InPerson, null, "Samtale holdt", default),
            By(leader, new DateOnly(2026, 3, 9)),
            Policy);
        @case.StartCoordination(new DateOnly(2026, 3, 12), "Langvarigt fravær", By(coordinator, new DateOnly(2026, 3, 12)), Policy);
        @case.AgreePreventionPlan(
            Plans.Proposal(new DateOnly(2026, 3, 16), Plans.CompleteMeasure(new DateOnly(2026, 4, 13))),
            By(coordinator, new DateOnly(2026, 3, 16)),
            Policy);
        @case.RegisterReturn(new DateOnly(2026, 3, 23), By(leader, new DateOnly(2026, 3, 23)), Policy);
        @case.Close(new DateOnly(2026, 4, 6), CloseReason.ReturnedToWork, "Fulgt op", By(coordinator, new DateOnly(2026, 4, 6)), Policy);
        @case.Reopen(new DateOnly(2026, 4, 10), By(leader, new DateOnly(2026, 4, 10)), Policy);

        var rows = @case.History
            .Select(h => (h.Action, h.From, h.To, h.ByUserId, h.ByName, h.Note, Day: DateOnly.FromDateTime(h.At.DateTime)))
            .ToList();
        Assert.That(rows, Is.EqualTo(new[]
        {
            (CaseHistoryAction.SickCallRegistered, (CaseStatus?)null, (CaseStatus?)CaseStatus.Reported, "leader-1", "Lone Leder", (string?)"Ringede kl. 7", new DateOnly(2026, 3, 2)),
            (CaseHistoryAction.RecordCareContact, CaseStatus.Reported, CaseStatus.Reported, "leader-1", "Lone Leder", "Omsorgssamtale", new DateOnly(2026, 3, 3)),
            (CaseHistoryAction.HoldFirstConversation, CaseStatus.Reported, CaseStatus.FirstConversation, "leader-1", "Lone Leder", "Samtale holdt", new DateOnly(2026, 3, 9)),
            (CaseHistoryAction.StartCoordination, CaseStatus.FirstConversation, CaseStatus.Coordination, "coordinator-7", "Kim Koordinator", "Langvarigt fravær", new DateOnly(2026, 3, 12)),
            (CaseHistoryAction.AgreePreventionPlan, CaseStatus.Coordination, CaseStatus.PreventionPlan, "coordinator-7", "Kim Koordinator", null, new DateOnly(2026, 3, 16)),
            (CaseHistoryAction.RegisterReturn, CaseStatus.PreventionPlan, CaseStatus.PreventionPlan, "leader-1", "Lone Leder", null, new DateOnly(2026, 3, 23)),
            (CaseHistoryAction.Close, CaseStatus.PreventionPlan, CaseStatus.Closed, "coordinator-7", "Kim Koordinator", "Fulgt op", new DateOnly(2026, 4, 6)),
            (CaseHistoryAction.Reopen, CaseStatus.Closed, CaseStatus.Reported, "leader-1", "Lone Leder", null, new DateOnly(2026, 4, 10)),
        }));
        Assert.That(@case.Version, Is.EqualTo(8));
    }

    [Test]
    public void ShouldStampTheHistoryRowWithTheInstantOfTheAction()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        var at = new DateTimeOffset(2026, 3, 4, 14, 30, 0, TimeSpan.FromHours(1));

        @case.RecordCareContact(new DateOnly(2026, 3, 4), null, new ActionStamp("leader-2", "Lars Leder", at, new DateOnly(2026, 3, 4)), Policy);

        Assert.That(@case.History.Last().At, Is.EqualTo(at));
    }

    [Test]
    public void ShouldIncrementTheVersionOncePerChange()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        var versions = new List<int> { @case.Version };

        @case.RecordCareContact(new DateOnly(2026, 3, 3), null, Stamps.On(new DateOnly(2026, 3, 3)), Policy);
        versions.Add(@case.Version);
        @case.HoldFirstConversation(
            new FirstConversationDetails(new DateOnly(2026, 3, 9), ConversationForm.Video, null, null, default),
            Stamps.On(new DateOnly(2026, 3, 9)),
            Policy);
        versions.Add(@case.Version);
        @case.RegisterReturn(new DateOnly(2026, 3, 10), Stamps.On(new DateOnly(2026, 3, 10)), Policy);
        versions.Add(@case.Version);

        Assert.Multiple(() =>
        {
            Assert.That(versions, Is.EqualTo(new[] { 1, 2, 3, 4 }));
            Assert.That(@case.History, Has.Count.EqualTo(4));
        });
    }
}
