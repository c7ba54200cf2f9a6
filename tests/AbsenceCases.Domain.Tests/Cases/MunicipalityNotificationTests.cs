using static AbsenceCases.Domain.Tests.Cases.CaseDates;

namespace AbsenceCases.Domain.Tests.Cases;

/// <summary>Sygedagpengeloven § 59: an absence past the 30-day employer period is reported to the municipality within 5 weeks.</summary>
public class MunicipalityNotificationTests
{
    // First sick day 2 March 2026. The employer period covers days 1-30 (2-31 March); day 31 is
    // 2 March + 30 = 1 April. The notification is due 2 March + 35 = 6 April.
    private static readonly DateOnly LastDayOfEmployerPeriod = new(2026, 3, 31);
    private static readonly DateOnly Day31 = new(2026, 4, 1);
    private static readonly DateOnly NotificationDue = new(2026, 4, 6);

    private readonly DeadlinePolicy _policy = new(Policy);

    [Test]
    public void ShouldNotDueTheNotificationWhileAnOpenAbsenceIsWithinTheEmployerPeriod()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        var deadlines = _policy.DeadlinesOf(@case, LastDayOfEmployerPeriod);

        Assert.That(deadlines.Select(d => d.Kind), Does.Not.Contain(DeadlineKind.MunicipalityNotification));
    }

    [Test]
    public void ShouldDueTheNotificationFiveWeeksAfterTheFirstDayOnceAnOpenAbsenceReachesDay31()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        var deadline = NotificationOf(@case, Day31);

        Assert.Multiple(() =>
        {
            Assert.That(deadline.DueDate, Is.EqualTo(NotificationDue));
            Assert.That(deadline.Status, Is.EqualTo(DeadlineStatus.Upcoming));
            Assert.That(deadline.MetOn, Is.Null);
            Assert.That(deadline.Basis, Is.EqualTo("deadline.municipalityNotificationBasis"));
        });
    }

    [Test]
    public void ShouldNotDueTheNotificationOfAnAbsenceThatEndedOnDay30()
    {
        // Back on 1 April: the last day of absence is 31 March, the last day of the employer period.
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        @case.RegisterReturn(Day31, Stamps.On(Day31), Policy);

        var deadlines = _policy.DeadlinesOf(@case, new DateOnly(2026, 4, 10));

        Assert.That(deadlines.Select(d => d.Kind), Does.Not.Contain(DeadlineKind.MunicipalityNotification));
    }

    [Test]
    public void ShouldDueTheNotificationOfAnAbsenceThatCoveredDay31()
    {
        // Back on 2 April: the absence covered 1 April, the first day after the employer period.
        var returnedOn = new DateOnly(2026, 4, 2);
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        @case.RegisterReturn(returnedOn, Stamps.On(returnedOn), Policy);

        var deadline = NotificationOf(@case, new DateOnly(2026, 4, 10));

        Assert.Multiple(() =>
        {
            Assert.That(deadline.DueDate, Is.EqualTo(NotificationDue));
            Assert.That(deadline.Status, Is.EqualTo(DeadlineStatus.Overdue));
        });
    }

    // Back on 4 April: the absence ended on day 33 (3 April), before the due date; the duty to notify stays.
    [TestCase("2026-04-04", DeadlineStatus.Due, TestName = "The notification of an absence that ended on day 33 is Due on 4 April")]
    [TestCase("2026-04-06", DeadlineStatus.Due, TestName = "The notification of an absence that ended on day 33 is Due on 6 April")]
    [TestCase("2026-04-07", DeadlineStatus.Overdue, TestName = "The notification of an absence that ended on day 33 is Overdue on 7 April")]
    public void ShouldKeepTheNotificationOfAnAbsenceThatEndedBeforeItsDueDate(string today, DeadlineStatus expected)
    {
        var returnedOn = new DateOnly(2026, 4, 4);
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        @case.RegisterReturn(returnedOn, Stamps.On(returnedOn), Policy);

        var deadline = NotificationOf(@case, DateOnly.Parse(today));

        Assert.Multiple(() =>
        {
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.Closed));
            Assert.That(deadline.DueDate, Is.EqualTo(NotificationDue));
            Assert.That(deadline.Status, Is.EqualTo(expected));
        });
    }

    [Test]
    public void ShouldRecordTheNotificationOnDay31AndKeepTheState()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        var version = @case.Version;

        @case.NotifyMunicipality(Day31, Stamps.On(Day31), Policy);

        Assert.Multiple(() =>
        {
            Assert.That(@case.MunicipalityNotifiedOn, Is.EqualTo(Day31));
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.Reported));
            Assert.That(@case.Version, Is.EqualTo(version + 1));
            Assert.That(
                @case.History.Select(h => (h.Action, h.From, h.To)).Last(),
                Is.EqualTo((CaseHistoryAction.NotifyMunicipality, (CaseStatus?)CaseStatus.Reported, (CaseStatus?)CaseStatus.Reported)));
        });
    }

    [TestCase(CaseStatus.FirstConversation)]
    [TestCase(CaseStatus.Coordination)]
    [TestCase(CaseStatus.PreventionPlan)]
    public void ShouldRecordTheNotificationInEveryLaterOpenState(CaseStatus state)
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(state).Build();

        @case.NotifyMunicipality(Day31, Stamps.On(Day31), Policy);

        Assert.Multiple(() =>
        {
            Assert.That(@case.MunicipalityNotifiedOn, Is.EqualTo(Day31));
            Assert.That(@case.Status, Is.EqualTo(state));
        });
    }

    [Test]
    public void ShouldMeetTheNotificationWhenItIsRecorded()
    {
        var notifiedOn = new DateOnly(2026, 4, 3);
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        @case.NotifyMunicipality(notifiedOn, Stamps.On(notifiedOn), Policy);

        var deadline = NotificationOf(@case, new DateOnly(2026, 4, 10));

        Assert.Multiple(() =>
        {
            Assert.That(deadline.Status, Is.EqualTo(DeadlineStatus.Met));
            Assert.That(deadline.MetOn, Is.EqualTo(notifiedOn));
            Assert.That(deadline.DueDate, Is.EqualTo(NotificationDue));
        });
    }

    [Test]
    public void ShouldRecordTheNotificationOfACaseAlreadyClosed()
    {
        // Back on 4 April, after the employer period; the manager reports the absence on 8 April.
        var returnedOn = new DateOnly(2026, 4, 4);
        var notifiedOn = new DateOnly(2026, 4, 8);
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        @case.RegisterReturn(returnedOn, Stamps.On(returnedOn), Policy);

        @case.NotifyMunicipality(notifiedOn, Stamps.On(notifiedOn), Policy);

        var deadline = NotificationOf(@case, notifiedOn);
        Assert.Multiple(() =>
        {
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.Closed));
            Assert.That(@case.MunicipalityNotifiedOn, Is.EqualTo(notifiedOn));
            Assert.That(deadline.Status, Is.EqualTo(DeadlineStatus.Met));
            Assert.That(deadline.MetOn, Is.EqualTo(notifiedOn));
            Assert.That(
                @case.History.Select(h => (h.Action, h.From, h.To)).Last(),
                Is.EqualTo((CaseHistoryAction.NotifyMunicipality, (CaseStatus?)CaseStatus.Closed, (CaseStatus?)CaseStatus.Closed)));
        });
    }

    [Test]
    public void ShouldRefuseTheNotificationWhileTheAbsenceIsWithinTheEmployerPeriod()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        var version = @case.Version;

        var refusal = Refusal.Of(() => @case.NotifyMunicipality(
            LastDayOfEmployerPeriod, Stamps.On(LastDayOfEmployerPeriod), Policy));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.PassedEmployerPeriod }));
            Assert.That(@case.PermittedTriggers(LastDayOfEmployerPeriod, Policy), Does.Not.Contain(CaseTrigger.NotifyMunicipality));
            Assert.That(@case.PermittedTriggers(Day31, Policy), Does.Contain(CaseTrigger.NotifyMunicipality));
            Assert.That(@case.MunicipalityNotifiedOn, Is.Null);
            Assert.That(@case.Version, Is.EqualTo(version));
        });
    }

    [Test]
    public void ShouldRefuseASecondNotification()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        @case.NotifyMunicipality(Day31, Stamps.On(Day31), Policy);
        var today = new DateOnly(2026, 4, 3);

        var refusal = Refusal.Of(() => @case.NotifyMunicipality(today, Stamps.On(today), Policy));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.NotNotifiedBefore }));
            Assert.That(@case.PermittedTriggers(today, Policy), Does.Not.Contain(CaseTrigger.NotifyMunicipality));
            Assert.That(@case.MunicipalityNotifiedOn, Is.EqualTo(Day31));
        });
    }

    [TestCase("2026-03-01", TestName = "A notification dated the day before the first sick day is refused")]
    [TestCase("2026-04-04", TestName = "A notification dated tomorrow is refused")]
    public void ShouldRefuseANotificationDatedOutsideTheAbsence(string notifiedOn)
    {
        var today = new DateOnly(2026, 4, 3);
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        var refusal = Refusal.Of(() => @case.NotifyMunicipality(DateOnly.Parse(notifiedOn), Stamps.On(today), Policy));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.NotifiedWithinAbsence }));
            Assert.That(@case.MunicipalityNotifiedOn, Is.Null);
        });
    }

    [Test]
    public void ShouldRecordANotificationDatedOnTheFirstSickDay()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        @case.NotifyMunicipality(FirstDay, Stamps.On(Day31), Policy);

        Assert.That(@case.MunicipalityNotifiedOn, Is.EqualTo(FirstDay));
    }

    [TestCase("2026-03-21", false, TestName = "A 20-day employer period is not passed by an absence up to 21 March")]
    [TestCase("2026-03-22", true, TestName = "A 20-day employer period is passed by an absence on 22 March")]
    public void ShouldMoveTheNotificationWithThePolicySettings(string today, bool applies)
    {
        // EmployerPeriodDays = 20: day 21 is 2 March + 20 = 22 March. MunicipalityNotificationDays = 28: due 30 March.
        var settings = new PolicySettings { EmployerPeriodDays = 20, MunicipalityNotificationDays = 28 };
        var @case = CaseBuilder.SickCallFrom(FirstDay).UnderPolicy(settings).Build();

        var notifications = new DeadlinePolicy(settings).DeadlinesOf(@case, DateOnly.Parse(today))
            .Where(d => d.Kind == DeadlineKind.MunicipalityNotification)
            .Select(d => d.DueDate);

        Assert.That(notifications, Is.EqualTo(applies ? new[] { new DateOnly(2026, 3, 30) } : Array.Empty<DateOnly>()));
    }

    private Deadline NotificationOf(AbsenceCase @case, DateOnly today) =>
        _policy.DeadlinesOf(@case, today).Single(d => d.Kind == DeadlineKind.MunicipalityNotification);
}
