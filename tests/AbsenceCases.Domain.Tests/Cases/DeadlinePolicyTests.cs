using static AbsenceCases.Domain.Tests.Cases.CaseDates;

namespace AbsenceCases.Domain.Tests.Cases;

public class DeadlinePolicyTests
{
    // First sick day 2 March 2026 (day 1).
    // CareContact: 2 March + 4 = 6 March (day 5). FirstConversation: 2 March + 28 = 30 March.
    // RoundTableMeeting: 2 March + 35 = 6 April (March has 31 days: 2 March + 30 = 1 April).
    private static readonly DateOnly CareContactDue = new(2026, 3, 6);
    private static readonly DateOnly FirstConversationDue = new(2026, 3, 30);
    private static readonly DateOnly RoundTableDue = new(2026, 4, 6);

    private readonly DeadlinePolicy _policy = new(new PolicySettings());

    [Test]
    public void ShouldDueCareContactOnTheFifthDay()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        var deadline = DeadlineOf(@case, DeadlineKind.CareContact, FirstDay);

        Assert.That(deadline.DueDate, Is.EqualTo(CareContactDue));
    }

    [Test]
    public void ShouldDueFirstConversationFourWeeksAfterTheFirstSickDay()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        var deadline = DeadlineOf(@case, DeadlineKind.FirstConversation, FirstDay);

        Assert.Multiple(() =>
        {
            Assert.That(deadline.DueDate, Is.EqualTo(FirstConversationDue));
            Assert.That(deadline.Basis, Is.EqualTo("deadline.firstConversationBasis"));
        });
    }

    // Lead time 3 days: Upcoming until due − 4, Due from due − 3 through the due date, Overdue from due + 1.
    [TestCase("2026-03-02", DeadlineStatus.Upcoming, TestName = "CareContact is Upcoming on 2 March (due - 4)")]
    [TestCase("2026-03-03", DeadlineStatus.Due, TestName = "CareContact is Due on 3 March (due - 3)")]
    [TestCase("2026-03-06", DeadlineStatus.Due, TestName = "CareContact is Due on 6 March (the due date)")]
    [TestCase("2026-03-07", DeadlineStatus.Overdue, TestName = "CareContact is Overdue on 7 March (due + 1)")]
    public void ShouldGiveCareContactItsStatusByTheLeadTime(string today, DeadlineStatus expected)
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        var deadline = DeadlineOf(@case, DeadlineKind.CareContact, DateOnly.Parse(today));

        Assert.Multiple(() =>
        {
            Assert.That(deadline.Status, Is.EqualTo(expected));
            Assert.That(deadline.MetOn, Is.Null);
        });
    }

    [TestCase("2026-03-26", DeadlineStatus.Upcoming, TestName = "FirstConversation is Upcoming on 26 March (due - 4)")]
    [TestCase("2026-03-27", DeadlineStatus.Due, TestName = "FirstConversation is Due on 27 March (due - 3)")]
    [TestCase("2026-03-30", DeadlineStatus.Due, TestName = "FirstConversation is Due on 30 March (the due date)")]
    [TestCase("2026-03-31", DeadlineStatus.Overdue, TestName = "FirstConversation is Overdue on 31 March (due + 1)")]
    public void ShouldGiveFirstConversationItsStatusByTheLeadTime(string today, DeadlineStatus expected)
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        var deadline = DeadlineOf(@case, DeadlineKind.FirstConversation, DateOnly.Parse(today));

        Assert.That(deadline.Status, Is.EqualTo(expected));
    }

    [Test]
    public void ShouldMeetCareContactWhenItIsRecorded()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WithCareContactOn(new DateOnly(2026, 3, 4)).Build();

        var deadline = DeadlineOf(@case, DeadlineKind.CareContact, new DateOnly(2026, 3, 20));

        Assert.Multiple(() =>
        {
            Assert.That(deadline.Status, Is.EqualTo(DeadlineStatus.Met));
            Assert.That(deadline.MetOn, Is.EqualTo(new DateOnly(2026, 3, 4)));
            Assert.That(deadline.DueDate, Is.EqualTo(CareContactDue));
        });
    }

    [Test]
    public void ShouldMeetCareContactRecordedLate()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WithCareContactOn(new DateOnly(2026, 3, 9)).Build();

        var deadline = DeadlineOf(@case, DeadlineKind.CareContact, new DateOnly(2026, 3, 9));

        Assert.Multiple(() =>
        {
            Assert.That(deadline.Status, Is.EqualTo(DeadlineStatus.Met));
            Assert.That(deadline.MetOn, Is.EqualTo(new DateOnly(2026, 3, 9)));
        });
    }

    [Test]
    public void ShouldMeetFirstConversationWhenItIsHeld()
    {
        // The builder holds the conversation on 2 March + 7 = 9 March.
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.FirstConversation).Build();

        var deadline = DeadlineOf(@case, DeadlineKind.FirstConversation, new DateOnly(2026, 4, 15));

        Assert.Multiple(() =>
        {
            Assert.That(deadline.Status, Is.EqualTo(DeadlineStatus.Met));
            Assert.That(deadline.MetOn, Is.EqualTo(new DateOnly(2026, 3, 9)));
        });
    }

    [Test]
    public void ShouldMeetFirstConversationHeldLate()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        var heldOn = new DateOnly(2026, 4, 2);
        @case.HoldFirstConversation(
            new FirstConversationDetails(heldOn, ConversationForm.InPerson, null, null, default), Stamps.On(heldOn), Policy);

        var deadline = DeadlineOf(@case, DeadlineKind.FirstConversation, heldOn);

        Assert.Multiple(() =>
        {
            Assert.That(deadline.Status, Is.EqualTo(DeadlineStatus.Met));
            Assert.That(deadline.MetOn, Is.EqualTo(heldOn));
        });
    }

    [Test]
    public void ShouldCountDeadlinesAcrossAMonthEnd()
    {
        // 30 January 2026 + 4 = 3 February; + 28 = 27 February (January has 31 days: 30 Jan + 2 = 1 Feb);
        // + 30 = 1 March (February 2026 has 28 days), + 35 = 6 March.
        var @case = CaseBuilder.SickCallFrom(new DateOnly(2026, 1, 30)).Build();

        var deadlines = _policy.DeadlinesOf(@case, new DateOnly(2026, 1, 30));

        Assert.That(deadlines.Select(d => (d.Kind, d.DueDate)), Is.EqualTo(new[]
        {
            (DeadlineKind.CareContact, new DateOnly(2026, 2, 3)),
            (DeadlineKind.FirstConversation, new DateOnly(2026, 2, 27)),
            (DeadlineKind.RoundTableMeeting, new DateOnly(2026, 3, 6)),
        }));
    }

    [Test]
    public void ShouldCountDeadlinesAcrossAYearEnd()
    {
        // 20 December 2026 + 4 = 24 December; + 11 = 31 December, + 12 = 1 January 2027, + 28 = 17 January 2027,
        // + 35 = 24 January 2027.
        var @case = CaseBuilder.SickCallFrom(new DateOnly(2026, 12, 20)).Build();

        var deadlines = _policy.DeadlinesOf(@case, new DateOnly(2026, 12, 20));

        Assert.That(deadlines.Select(d => (d.Kind, d.DueDate)), Is.EqualTo(new[]
        {
            (DeadlineKind.CareContact, new DateOnly(2026, 12, 24)),
            (DeadlineKind.FirstConversation, new DateOnly(2027, 1, 17)),
            (DeadlineKind.RoundTableMeeting, new DateOnly(2027, 1, 24)),
        }));
    }

    [TestCase("2027-01-13", DeadlineStatus.Upcoming)]
    [TestCase("2027-01-14", DeadlineStatus.Due)]
    [TestCase("2027-01-17", DeadlineStatus.Due)]
    [TestCase("2027-01-18", DeadlineStatus.Overdue)]
    public void ShouldGiveTheFirstConversationAcrossAYearEndItsStatus(string today, DeadlineStatus expected)
    {
        var @case = CaseBuilder.SickCallFrom(new DateOnly(2026, 12, 20)).Build();

        var deadline = DeadlineOf(@case, DeadlineKind.FirstConversation, DateOnly.Parse(today));

        Assert.That(deadline.Status, Is.EqualTo(expected));
    }

    [Test]
    public void ShouldCountTheLeapDay()
    {
        // 10 February 2028 + 19 = 29 February (leap year), + 20 = 1 March, + 28 = 9 March, + 35 = 16 March;
        // + 4 = 14 February.
        var @case = CaseBuilder.SickCallFrom(new DateOnly(2028, 2, 10)).Build();

        var deadlines = _policy.DeadlinesOf(@case, new DateOnly(2028, 2, 10));

        Assert.That(deadlines.Select(d => (d.Kind, d.DueDate)), Is.EqualTo(new[]
        {
            (DeadlineKind.CareContact, new DateOnly(2028, 2, 14)),
            (DeadlineKind.FirstConversation, new DateOnly(2028, 3, 9)),
            (DeadlineKind.RoundTableMeeting, new DateOnly(2028, 3, 16)),
        }));
    }

    [TestCase("2028-02-27", "2028-03-02", TestName = "CareContact from 27 February 2028 counts 29 February: 2 March")]
    [TestCase("2026-02-27", "2026-03-03", TestName = "CareContact from 27 February 2026 has no leap day: 3 March")]
    public void ShouldCountTheLeapDayInTheCareContactDeadline(string firstDay, string expectedDue)
    {
        var @case = CaseBuilder.SickCallFrom(DateOnly.Parse(firstDay)).Build();

        var deadline = DeadlineOf(@case, DeadlineKind.CareContact, DateOnly.Parse(firstDay));

        Assert.That(deadline.DueDate, Is.EqualTo(DateOnly.Parse(expectedDue)));
    }

    [Test]
    public void ShouldDropUnmetDeadlinesOfACaseClosedOnTheCareContactDueDate()
    {
        // Back on 6 March, the care-contact due date: the case closed on 6 March, not after it.
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        @case.RegisterReturn(CareContactDue, Stamps.On(CareContactDue), Policy);

        var deadlines = _policy.DeadlinesOf(@case, new DateOnly(2026, 4, 15));

        Assert.That(deadlines, Is.Empty);
    }

    [Test]
    public void ShouldKeepAnUnmetDeadlineOverdueWhenTheCaseClosedAfterIt()
    {
        // Back on 7 March, a day after the care-contact due date; the first conversation (30 March) no longer applies.
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        @case.RegisterReturn(new DateOnly(2026, 3, 7), Stamps.On(new DateOnly(2026, 3, 7)), Policy);

        var deadlines = _policy.DeadlinesOf(@case, new DateOnly(2026, 3, 10));

        Assert.That(deadlines.Select(d => (d.Kind, d.Status)), Is.EqualTo(new[]
        {
            (DeadlineKind.CareContact, DeadlineStatus.Overdue),
        }));
    }

    [Test]
    public void ShouldDropTheFirstConversationOfACaseClosedOnItsDueDate()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WithCareContactOn(new DateOnly(2026, 3, 3)).Build();
        @case.RegisterReturn(FirstConversationDue, Stamps.On(FirstConversationDue), Policy);

        var deadlines = _policy.DeadlinesOf(@case, new DateOnly(2026, 4, 15));

        Assert.That(deadlines.Select(d => d.Kind), Is.EqualTo(new[] { DeadlineKind.CareContact }));
    }

    [Test]
    public void ShouldKeepTheFirstConversationOverdueWhenTheCaseClosedTheDayAfterItsDueDate()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WithCareContactOn(new DateOnly(2026, 3, 3)).Build();
        var returnedOn = new DateOnly(2026, 3, 31);
        @case.RegisterReturn(returnedOn, Stamps.On(returnedOn), Policy);

        var deadline = DeadlineOf(@case, DeadlineKind.FirstConversation, new DateOnly(2026, 4, 15));

        Assert.That(deadline.Status, Is.EqualTo(DeadlineStatus.Overdue));
    }

    [Test]
    public void ShouldKeepAMetDeadlineOfACaseClosedBeforeItsDueDate()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WithCareContactOn(new DateOnly(2026, 3, 3)).Build();
        @case.RegisterReturn(new DateOnly(2026, 3, 4), Stamps.On(new DateOnly(2026, 3, 4)), Policy);

        var deadlines = _policy.DeadlinesOf(@case, new DateOnly(2026, 3, 10));

        Assert.That(deadlines.Select(d => (d.Kind, d.Status, d.MetOn)), Is.EqualTo(new[]
        {
            (DeadlineKind.CareContact, DeadlineStatus.Met, (DateOnly?)new DateOnly(2026, 3, 3)),
        }));
    }

    [Test]
    public void ShouldApplyTheFirstConversationAgainWhenACaseIsReopened()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WithCareContactOn(new DateOnly(2026, 3, 3)).Build();
        @case.RegisterReturn(new DateOnly(2026, 3, 5), Stamps.On(new DateOnly(2026, 3, 5)), Policy);
        @case.Reopen(new DateOnly(2026, 3, 20), Stamps.On(new DateOnly(2026, 3, 20)), Policy);

        var deadline = DeadlineOf(@case, DeadlineKind.FirstConversation, new DateOnly(2026, 3, 27));

        Assert.Multiple(() =>
        {
            Assert.That(deadline.DueDate, Is.EqualTo(FirstConversationDue));
            Assert.That(deadline.Status, Is.EqualTo(DeadlineStatus.Due));
        });
    }

    [Test]
    public void ShouldListDeadlinesByDueDate()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        var deadlines = _policy.DeadlinesOf(@case, FirstDay);

        Assert.Multiple(() =>
        {
            Assert.That(deadlines.Select(d => d.Kind), Is.EqualTo(new[]
            {
                DeadlineKind.CareContact, DeadlineKind.FirstConversation, DeadlineKind.RoundTableMeeting,
            }));
            Assert.That(deadlines.Select(d => d.DueDate), Is.EqualTo(new[] { CareContactDue, FirstConversationDue, RoundTableDue }));
        });
    }

    [Test]
    public void ShouldPickTheCareContactAsTheNextDeadlineOfAFreshCase()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        var next = _policy.NextDeadline(@case, new DateOnly(2026, 3, 3));

        Assert.That(next, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(next!.Kind, Is.EqualTo(DeadlineKind.CareContact));
            Assert.That(next.DueDate, Is.EqualTo(CareContactDue));
            Assert.That(next.Status, Is.EqualTo(DeadlineStatus.Due));
        });
    }

    [Test]
    public void ShouldSkipAMetDeadlineWhenPickingTheNext()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WithCareContactOn(new DateOnly(2026, 3, 3)).Build();

        var next = _policy.NextDeadline(@case, new DateOnly(2026, 3, 10));

        Assert.Multiple(() =>
        {
            Assert.That(next?.Kind, Is.EqualTo(DeadlineKind.FirstConversation));
            Assert.That(next?.Status, Is.EqualTo(DeadlineStatus.Upcoming));
        });
    }

    [Test]
    public void ShouldHaveNoNextDeadlineOnceEveryDeadlineIsMet()
    {
        // Care contact, the conversation and the round-table meeting (possible from 2 March + 28 = 30 March) are
        // held; on 30 March the absence has not yet passed the employer period, so nothing else applies.
        var @case = CaseBuilder.SickCallFrom(FirstDay).WithCareContactOn(new DateOnly(2026, 3, 3))
            .WalkedTo(CaseStatus.FirstConversation).Build();
        @case.HoldRoundTableMeeting(FirstConversationDue, null, Stamps.On(FirstConversationDue), Policy);

        Assert.That(_policy.NextDeadline(@case, FirstConversationDue), Is.Null);
    }

    [Test]
    public void ShouldPickTheRoundTableMeetingOnceTheConversationIsHeld()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WithCareContactOn(new DateOnly(2026, 3, 3))
            .WalkedTo(CaseStatus.FirstConversation).Build();

        var next = _policy.NextDeadline(@case, new DateOnly(2026, 3, 10));

        Assert.Multiple(() =>
        {
            Assert.That(next?.Kind, Is.EqualTo(DeadlineKind.RoundTableMeeting));
            Assert.That(next?.DueDate, Is.EqualTo(RoundTableDue));
        });
    }

    [Test]
    public void ShouldHaveNoNextDeadlineOnceTheUnmetOnesAreDropped()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        @case.RegisterReturn(new DateOnly(2026, 3, 4), Stamps.On(new DateOnly(2026, 3, 4)), Policy);

        Assert.That(_policy.NextDeadline(@case, new DateOnly(2026, 3, 10)), Is.Null);
    }

    [Test]
    public void ShouldMoveTheDueDatesWithThePolicySettings()
    {
        // 2 March + 2 = 4 March; 2 March + 21 = 23 March; 2 March + 42 = 13 April.
        var policy = new DeadlinePolicy(new PolicySettings { CareContactDays = 2, FirstConversationDays = 21, RoundTableDays = 42 });
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        var deadlines = policy.DeadlinesOf(@case, FirstDay);

        Assert.That(deadlines.Select(d => (d.Kind, d.DueDate)), Is.EqualTo(new[]
        {
            (DeadlineKind.CareContact, new DateOnly(2026, 3, 4)),
            (DeadlineKind.FirstConversation, new DateOnly(2026, 3, 23)),
            (DeadlineKind.RoundTableMeeting, new DateOnly(2026, 4, 13)),
        }));
    }

    [Test]
    public void ShouldPickTheEarliestDeadlineWhateverItsKind()
    {
        // CareContactDays = 30: 2 March + 30 = 1 April; FirstConversationDays = 21: 23 March comes first;
        // the round-table meeting keeps its default, 2 March + 35 = 6 April.
        var policy = new DeadlinePolicy(new PolicySettings { CareContactDays = 30, FirstConversationDays = 21 });
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        var deadlines = policy.DeadlinesOf(@case, FirstDay);
        var next = policy.NextDeadline(@case, FirstDay);

        Assert.Multiple(() =>
        {
            Assert.That(deadlines.Select(d => (d.Kind, d.DueDate)), Is.EqualTo(new[]
            {
                (DeadlineKind.FirstConversation, new DateOnly(2026, 3, 23)),
                (DeadlineKind.CareContact, new DateOnly(2026, 4, 1)),
                (DeadlineKind.RoundTableMeeting, RoundTableDue),
            }));
            Assert.That(next?.Kind, Is.EqualTo(DeadlineKind.FirstConversation));
        });
    }

    [TestCase("2026-03-22", DeadlineStatus.Upcoming)]
    [TestCase("2026-03-23", DeadlineStatus.Due)]
    public void ShouldMoveTheReminderWithTheLeadTimeSetting(string today, DeadlineStatus expected)
    {
        // ReminderLeadDays = 7: the first conversation due 30 March is Due from 30 March − 7 = 23 March.
        var policy = new DeadlinePolicy(new PolicySettings { ReminderLeadDays = 7 });
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        var deadline = policy.DeadlinesOf(@case, DateOnly.Parse(today)).Single(d => d.Kind == DeadlineKind.FirstConversation);

        Assert.That(deadline.Status, Is.EqualTo(expected));
    }

    [Test]
    public void ShouldJudgeAStatusFromTheDueDateAndTheMeetingDate()
    {
        var due = new DateOnly(2026, 3, 30);

        Assert.Multiple(() =>
        {
            Assert.That(_policy.StatusOf(due, null, new DateOnly(2026, 3, 26)), Is.EqualTo(DeadlineStatus.Upcoming));
            Assert.That(_policy.StatusOf(due, null, new DateOnly(2026, 3, 27)), Is.EqualTo(DeadlineStatus.Due));
            Assert.That(_policy.StatusOf(due, null, new DateOnly(2026, 3, 31)), Is.EqualTo(DeadlineStatus.Overdue));
            Assert.That(_policy.StatusOf(due, new DateOnly(2026, 4, 2), new DateOnly(2026, 4, 10)), Is.EqualTo(DeadlineStatus.Met));
        });
    }

    [Test]
    public void ShouldListEveryDeadlineOfALongAbsenceByDueDateThenKind()
    {
        // Expected back 28 April, later than 8 weeks (2 March + 56 = 27 April). On 1 April (day 31) the absence
        // has passed the employer period. Three deadlines fall on 2 March + 35 = 6 April; the retention plan on 27 April.
        var @case = CaseBuilder.SickCallFrom(FirstDay).ExpectingReturnOn(new DateOnly(2026, 4, 28)).Build();

        var deadlines = _policy.DeadlinesOf(@case, new DateOnly(2026, 4, 1));

        Assert.That(deadlines.Select(d => (d.Kind, d.DueDate, d.Status)), Is.EqualTo(new[]
        {
            (DeadlineKind.CareContact, CareContactDue, DeadlineStatus.Overdue),
            (DeadlineKind.FirstConversation, FirstConversationDue, DeadlineStatus.Overdue),
            (DeadlineKind.MunicipalityNotification, RoundTableDue, DeadlineStatus.Upcoming),
            (DeadlineKind.FastTrackOption, RoundTableDue, DeadlineStatus.Upcoming),
            (DeadlineKind.RoundTableMeeting, RoundTableDue, DeadlineStatus.Upcoming),
            (DeadlineKind.RetentionPlan, new DateOnly(2026, 4, 27), DeadlineStatus.Upcoming),
        }));
    }

    [Test]
    public void ShouldShowTheDeadlinesOfABackdatedFortyDaySickCallAsOverdue()
    {
        // Reported on 10 April with the first day 10 April - 39 = 2 March (day 40 is today): care contact
        // (6 March), the first conversation (30 March), the municipality notification and the round-table
        // meeting (both 2 March + 35 = 6 April) are all past.
        var today = new DateOnly(2026, 4, 10);
        var firstDay = today.AddDays(-39);
        var @case = AbsenceCase.ReportSickCall(
            CaseBuilder.EmployeeId, CaseBuilder.UnitId, new SickCallDetails(firstDay, AbsenceType.OwnIllness, 100, null, null), Stamps.On(today));

        var deadlines = _policy.DeadlinesOf(@case, today);

        Assert.Multiple(() =>
        {
            Assert.That(firstDay, Is.EqualTo(FirstDay));
            Assert.That(@case.DaysAbsent(today), Is.EqualTo(40));
            Assert.That(deadlines.Select(d => (d.Kind, d.DueDate, d.Status)), Is.EqualTo(new[]
            {
                (DeadlineKind.CareContact, CareContactDue, DeadlineStatus.Overdue),
                (DeadlineKind.FirstConversation, FirstConversationDue, DeadlineStatus.Overdue),
                (DeadlineKind.MunicipalityNotification, new DateOnly(2026, 4, 6), DeadlineStatus.Overdue),
                (DeadlineKind.RoundTableMeeting, RoundTableDue, DeadlineStatus.Overdue),
            }));
            Assert.That(_policy.NextDeadline(@case, today)?.Kind, Is.EqualTo(DeadlineKind.CareContact));
        });
    }

    [Test]
    public void ShouldKeepTheMunicipalityNotificationButDropTheAbsenceDeadlinesOfACaseClosedBeforeThem()
    {
        // Back on 4 April: the absence ran past the employer period to 3 April (day 33). The round-table meeting
        // (6 April) no longer applies; the notification (6 April) does.
        var returnedOn = new DateOnly(2026, 4, 4);
        var @case = CaseBuilder.SickCallFrom(FirstDay).WithCareContactOn(new DateOnly(2026, 3, 3))
            .WalkedTo(CaseStatus.FirstConversation).Build();
        @case.Close(returnedOn, CloseReason.ReturnedToWork, null, Stamps.On(returnedOn), Policy);

        var deadlines = _policy.DeadlinesOf(@case, new DateOnly(2026, 4, 10));

        Assert.That(deadlines.Select(d => (d.Kind, d.Status)), Is.EqualTo(new[]
        {
            (DeadlineKind.CareContact, DeadlineStatus.Met),
            (DeadlineKind.FirstConversation, DeadlineStatus.Met),
            (DeadlineKind.MunicipalityNotification, DeadlineStatus.Overdue),
        }));
    }

    [TestCase("2026-03-31", false, TestName = "An open absence on 31 March (day 30) has not passed the employer period")]
    [TestCase("2026-04-01", true, TestName = "An open absence on 1 April (day 31) has passed the employer period")]
    public void ShouldJudgeTheEmployerPeriodOfAnOpenAbsenceOnToday(string today, bool passed)
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        Assert.That(@case.PassedEmployerPeriod(DateOnly.Parse(today), Policy), Is.EqualTo(passed));
    }

    [TestCase(null, false, TestName = "No expected return is not a long absence")]
    [TestCase("2026-04-27", false, TestName = "A return expected on 27 April (first day + 56) is not a long absence")]
    [TestCase("2026-04-28", true, TestName = "A return expected on 28 April (first day + 57) is a long absence")]
    public void ShouldExpectALongAbsenceOnlyWithAReturnLaterThanEightWeeks(string? expectedReturn, bool isLong)
    {
        var builder = CaseBuilder.SickCallFrom(FirstDay);
        var @case = (expectedReturn is null ? builder : builder.ExpectingReturnOn(DateOnly.Parse(expectedReturn))).Build();

        Assert.That(@case.ExpectsLongAbsence(Policy), Is.EqualTo(isLong));
    }

    [Test]
    public void ShouldMoveTheLongAbsenceThresholdWithTheSetting()
    {
        // LongAbsenceDays = 42: 2 March + 42 = 13 April; a return on 14 April is later.
        var settings = new PolicySettings { LongAbsenceDays = 42 };
        var onThreshold = CaseBuilder.SickCallFrom(FirstDay).ExpectingReturnOn(new DateOnly(2026, 4, 13)).Build();
        var after = CaseBuilder.SickCallFrom(FirstDay).ExpectingReturnOn(new DateOnly(2026, 4, 14)).Build();

        Assert.Multiple(() =>
        {
            Assert.That(onThreshold.ExpectsLongAbsence(settings), Is.False);
            Assert.That(after.ExpectsLongAbsence(settings), Is.True);
        });
    }

    private Deadline DeadlineOf(AbsenceCase @case, DeadlineKind kind, DateOnly today) =>
        _policy.DeadlinesOf(@case, today).Single(d => d.Kind == kind);
}
