using AbsenceCases.Application.Cases.Queries;
using AutoMapper;

namespace AbsenceCases.Application.Tests.Mapping;

public sealed class CaseMappingTests
{
    private static readonly DateOnly FirstDay = new(2026, 3, 2);
    private static readonly DateOnly ConversationDay = new(2026, 3, 9);
    private static readonly PolicySettings Policy = new();

    private IMapper _mapper = null!;

    [SetUp]
    public void CreateMapper() => _mapper = Mappings.Mapper();

    [Test]
    public void ShouldMapASpellWithItsTypeAsAbsenceType()
    {
        var spell = new AbsenceSpell(42, AbsenceType.WorkInjury, 60, new DateOnly(2026, 2, 2), new DateOnly(2026, 2, 13));

        var dto = _mapper.Map<SpellDto>(spell);

        Assert.That(dto, Is.EqualTo(new SpellDto
        {
            Id = 0,
            AbsenceType = AbsenceType.WorkInjury,
            Percent = 60,
            FirstDay = new DateOnly(2026, 2, 2),
            LastDay = new DateOnly(2026, 2, 13),
        }));
    }

    [Test]
    public void ShouldMapTheCaseWithItsSpellConversationAndHistory()
    {
        var @case = CaseWithFirstConversation();

        var dto = _mapper.Map<CaseDetails>(@case);

        Assert.Multiple(() =>
        {
            Assert.That(dto.Id, Is.EqualTo(@case.Id));
            Assert.That(dto.UnitId, Is.EqualTo(7));
            Assert.That(dto.Kind, Is.EqualTo(CaseKind.SickCall));
            Assert.That(dto.Status, Is.EqualTo(CaseStatus.FirstConversation));
            Assert.That(dto.FirstDay, Is.EqualTo(FirstDay));
            Assert.That(dto.ExpectedReturn, Is.EqualTo(new DateOnly(2026, 4, 6)), "the conversation's expectation replaces the sick call's");
            Assert.That(dto.ReportedAt, Is.EqualTo(new DateTimeOffset(2026, 3, 2, 7, 15, 0, TimeSpan.FromHours(1))));
            Assert.That(dto.Version, Is.EqualTo(2));
            Assert.That(dto.CareContactOn, Is.Null);
            Assert.That(dto.ClosedOn, Is.Null);
            Assert.That(dto.CloseReason, Is.Null);
            Assert.That(dto.PreventionPlan, Is.Null);

            Assert.That(dto.Spells, Is.EqualTo(new[]
            {
                new SpellDto { AbsenceType = AbsenceType.OwnIllness, Percent = 50, FirstDay = FirstDay, LastDay = null },
            }));
            Assert.That(dto.Conversations, Is.EqualTo(new[]
            {
                new ConversationDto
                {
                    HeldOn = ConversationDay,
                    Form = ConversationForm.Phone,
                    Note = "Aftalt gradvis tilbagevenden",
                    PossibilityStatementRequested = true,
                    RetentionPlanRequested = false,
                    FastTrackRequested = true,
                },
            }));
            Assert.That(dto.History, Is.EqualTo(new[]
            {
                new HistoryEntryDto
                {
                    At = new DateTimeOffset(2026, 3, 2, 7, 15, 0, TimeSpan.FromHours(1)),
                    Action = CaseHistoryAction.SickCallRegistered,
                    From = null,
                    To = CaseStatus.Reported,
                    ByName = "Mette Leder",
                    Note = "Ringede kl. 7",
                },
                new HistoryEntryDto
                {
                    At = new DateTimeOffset(2026, 3, 9, 10, 0, 0, TimeSpan.FromHours(1)),
                    Action = CaseHistoryAction.HoldFirstConversation,
                    From = CaseStatus.Reported,
                    To = CaseStatus.FirstConversation,
                    ByName = "Mette Leder",
                    Note = "Aftalt gradvis tilbagevenden",
                },
            }));
        });
    }

    [Test]
    public void ShouldLeaveWhatTheHandlerWorksOutForItToFillIn()
    {
        var dto = _mapper.Map<CaseDetails>(CaseWithFirstConversation());

        Assert.Multiple(() =>
        {
            Assert.That(dto.Employee, Is.Null);
            Assert.That(dto.UnitName, Is.Empty);
            Assert.That(dto.DaysAbsent, Is.Zero);
            Assert.That(dto.Deadlines, Is.Empty);
            Assert.That(dto.PermittedActions, Is.Empty);
        });
    }

    [Test]
    public void ShouldListSpellsByFirstDay()
    {
        var @case = AbsenceCase.ReportSickCall(
            42, 7, new SickCallDetails(FirstDay, AbsenceType.OwnIllness, 100, null, null), Stamps.ManagerAt(FirstDay, 8));
        var childIllnessDay = new DateOnly(2026, 2, 27);
        @case.AddSpell(new SickCallDetails(childIllnessDay, AbsenceType.ChildIllness, 100, null, null), Stamps.ManagerAt(FirstDay, 9));

        var dto = _mapper.Map<CaseDetails>(@case);

        Assert.That(dto.Spells.Select(s => (s.FirstDay, s.AbsenceType)), Is.EqualTo(new[]
        {
            (childIllnessDay, AbsenceType.ChildIllness),
            (FirstDay, AbsenceType.OwnIllness),
        }));
    }

    [Test]
    public void ShouldMapThePreventionPlanWithItsMeasures()
    {
        var @case = CaseWithFirstConversation();
        var coordinationDay = new DateOnly(2026, 3, 10);
        var agreedOn = new DateOnly(2026, 3, 12);
        @case.StartCoordination(coordinationDay, null, Stamps.ManagerAt(coordinationDay, 13), Policy);
        @case.AgreePreventionPlan(
            new PlanProposal(agreedOn,
            [
                new MeasureDraft("  Gradvis opstart med 20 timer  ", null, " Mette Leder ", new DateOnly(2026, 3, 26)),
                new MeasureDraft("Ergonomisk gennemgang af arbejdspladsen", Users.HrId, "Hanne HR", new DateOnly(2026, 4, 2)),
            ]),
            Stamps.ManagerAt(agreedOn, 14),
            Policy);

        var dto = _mapper.Map<CaseDetails>(@case);

        Assert.That(dto.PreventionPlan, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(dto.Status, Is.EqualTo(CaseStatus.PreventionPlan));
            Assert.That(dto.CoordinationStartedOn, Is.EqualTo(coordinationDay));
            Assert.That(dto.PreventionPlan!.AgreedOn, Is.EqualTo(agreedOn));
            Assert.That(dto.PreventionPlan.Measures, Is.EqualTo(new[]
            {
                new MeasureDto
                {
                    Description = "Gradvis opstart med 20 timer",
                    Responsible = "Mette Leder",
                    ResponsibleUserId = null,
                    FollowUpOn = new DateOnly(2026, 3, 26),
                    Status = MeasureStatus.Planned,
                },
                new MeasureDto
                {
                    Description = "Ergonomisk gennemgang af arbejdspladsen",
                    Responsible = "Hanne HR",
                    ResponsibleUserId = Users.HrId,
                    FollowUpOn = new DateOnly(2026, 4, 2),
                    Status = MeasureStatus.Planned,
                },
            }));
        });
    }

    [Test]
    public void ShouldMapDeadlinesWithTheirStatus()
    {
        var @case = CaseWithFirstConversation();
        var deadlines = new DeadlinePolicy(Policy).DeadlinesOf(@case, Clocks.Today);

        var dtos = _mapper.Map<List<DeadlineDto>>(deadlines);

        // On 16 March: care contact was due on day 5 (2 March + 4) and never recorded; the conversation was due
        // 4 weeks after the first sick day (2 March + 28) and was held on 9 March; the round-table meeting is due
        // 2 March + 35 = 6 April. The expected return of 6 April is not later than 8 weeks (27 April), so the
        // fast track asked for at the conversation sets no deadline, and the absence has not yet passed the
        // employer period (2 March + 30 = 1 April).
        Assert.That(dtos.Select(d => (d.Kind, d.DueDate, d.Status, d.MetOn)), Is.EqualTo(new[]
        {
            (DeadlineKind.CareContact, new DateOnly(2026, 3, 6), DeadlineStatus.Overdue, (DateOnly?)null),
            (DeadlineKind.FirstConversation, new DateOnly(2026, 3, 30), DeadlineStatus.Met, (DateOnly?)ConversationDay),
            (DeadlineKind.RoundTableMeeting, new DateOnly(2026, 4, 6), DeadlineStatus.Upcoming, (DateOnly?)null),
        }));
        Assert.That(dtos[1].Basis, Is.EqualTo("deadline.firstConversationBasis"));
    }

    [Test]
    public void ShouldMapNoNextDeadlineToNull()
    {
        Assert.That(_mapper.Map<DeadlineDto?>(null), Is.Null);
    }

    private static AbsenceCase CaseWithFirstConversation()
    {
        var @case = AbsenceCase.ReportSickCall(
            42,
            7,
            new SickCallDetails(FirstDay, AbsenceType.OwnIllness, 50, new DateOnly(2026, 3, 20), "Ringede kl. 7"),
            Stamps.ManagerAt(FirstDay, 7, 15));
        @case.HoldFirstConversation(
            new FirstConversationDetails(
                ConversationDay,
                ConversationForm.Phone,
                new DateOnly(2026, 4, 6),
                "Aftalt gradvis tilbagevenden",
                new ConversationRequests(PossibilityStatement: true, RetentionPlan: false, FastTrack: true)),
            Stamps.ManagerAt(ConversationDay, 10),
            Policy);
        return @case;
    }
}
