using AbsenceCases.Application.Notifications;
using AbsenceCases.Domain.Notifications;

namespace AbsenceCases.Application.Tests.Notifications;

/// <summary>
/// The e-mail of a reminder leaves the system, so it names the deadline, its date, its legal basis and a link, and
/// nothing written about the employee. The words are the catalogue's; here each message is written out as its code,
/// so that the test sees exactly which arguments the e-mail is made of.
/// </summary>
public sealed class ReminderEmailsTests
{
    // First sick day Monday 9 March 2026. On 10 April the absence has passed the employer period
    // (9 March + 30 = 8 April); the municipality notification is due 9 March + 35 = 13 April, Due from 10 April.
    private const string BaseUrl = "https://fravaer.example.dk";
    private const string SickCallNote = "Ringede kl. 7 fra skadestuen";
    private const string ConversationNote = "Aftalt gradvis opstart efter operationen";
    private static readonly DateOnly FirstDay = new(2026, 3, 9);
    private static readonly DateOnly Today = new(2026, 4, 10);
    private static readonly DateTimeOffset Now = new(2026, 4, 10, 5, 0, 0, TimeSpan.Zero);
    private static readonly UserContact Manager = new(Users.ManagerId, "Mette Leder", "mette.leder@example.dk");

    private readonly List<MessageCode> _rendered = [];
    private readonly AbsenceCase _case = CaseWithNotes();
    private ReminderEmails _emails = null!;

    [SetUp]
    public void CreateEmails()
    {
        var texts = new Mock<IEmailTexts>();
        texts.Setup(t => t.Render(It.IsAny<MessageCode>())).Returns((MessageCode message) =>
        {
            _rendered.Add(message);
            return $"[{message.Code}]";
        });
        _emails = new ReminderEmails(new EmailSettings(Enabled: true, BaseUrl), texts.Object);
    }

    [Test]
    public void ShouldNameTheStageTheDeadlineAndItsDateInTheSubject()
    {
        var email = _emails.Compose(Reminder(DeadlineKind.MunicipalityNotification, ReminderStage.Due), Manager, Manager.Email!, Now);

        Assert.That(email.Subject, Is.EqualTo("[notification.reminderEmailSubject]"));
        Assert.That(Rendered("notification.reminderEmailSubject").Args, Is.EquivalentTo(new Dictionary<string, object>
        {
            ["stage"] = ReminderStage.Due,
            ["deadline"] = DeadlineKind.MunicipalityNotification,
            ["dueDate"] = new DateOnly(2026, 4, 13),
        }));
    }

    [Test]
    public void ShouldGiveTheDeadlineItsDateItsLegalBasisAndALinkInTheBody()
    {
        var email = _emails.Compose(Reminder(DeadlineKind.MunicipalityNotification, ReminderStage.Due), Manager, Manager.Email!, Now);

        var body = Rendered("notification.reminderEmailBody").Args;
        Assert.Multiple(() =>
        {
            Assert.That((email.To, email.Body), Is.EqualTo(("mette.leder@example.dk", "[notification.reminderEmailBody]")));
            Assert.That(body["recipient"], Is.EqualTo("Mette Leder"));
            Assert.That(body["stage"], Is.EqualTo(ReminderStage.Due));
            Assert.That(body["deadline"], Is.EqualTo(DeadlineKind.MunicipalityNotification));
            Assert.That(body["dueDate"], Is.EqualTo(new DateOnly(2026, 4, 13)));
            Assert.That(body["basis"], Is.EqualTo("[deadline.municipalityNotificationBasis]"));
            Assert.That(body["link"], Is.EqualTo($"{BaseUrl}/cases/{_case.Id}"));
        });
    }

    [TestCase(DeadlineKind.MunicipalityNotification, ReminderStage.Due)]
    [TestCase(DeadlineKind.RoundTableMeeting, ReminderStage.Due)]
    [TestCase(DeadlineKind.CareContact, ReminderStage.Overdue)]
    [TestCase(DeadlineKind.CareContact, ReminderStage.EscalatedToHr)]
    public void ShouldNeitherNameTheEmployeeNorQuoteANote(DeadlineKind kind, ReminderStage stage)
    {
        _emails.Compose(Reminder(kind, stage), Manager, Manager.Email!, Now);

        var arguments = _rendered.SelectMany(message => message.Args.Values).Select(value => value.ToString()).ToList();
        Assert.That(arguments, Is.Not.Empty);
        Assert.That(arguments, Has.None.Contains("skadestuen").And.None.Contains("operationen").And.None.EqualTo("42"));
    }

    [TestCase("https://fravaer.example.dk")]
    [TestCase("https://fravaer.example.dk/")]
    public void ShouldLinkToTheCaseWhetherOrNotTheBaseUrlEndsWithASlash(string baseUrl)
    {
        Assert.That(new EmailSettings(Enabled: true, baseUrl).CaseLink(_case.Id), Is.EqualTo($"https://fravaer.example.dk/cases/{_case.Id}"));
    }

    [TestCase(ReminderStage.Due, NotificationKind.DeadlineDue)]
    [TestCase(ReminderStage.Overdue, NotificationKind.DeadlineOverdue)]
    [TestCase(ReminderStage.EscalatedToHr, NotificationKind.DeadlineEscalated)]
    public void ShouldFileEveryStageAsItsKindOfNotificationAndBack(ReminderStage stage, NotificationKind kind)
    {
        Assert.That((ReminderStages.KindOf(stage), ReminderStages.StageOf(kind)), Is.EqualTo((kind, (ReminderStage?)stage)));
    }

    [Test]
    public void ShouldKnowNoStageOfAnAgenda()
    {
        Assert.That(ReminderStages.StageOf(NotificationKind.WeeklyReviewAgenda), Is.Null);
    }

    private MessageCode Rendered(string code) => _rendered.Single(message => message.Code == code);

    private static AbsenceCase CaseWithNotes()
    {
        var @case = AbsenceCase.ReportSickCall(
            42, 7, new SickCallDetails(FirstDay, AbsenceType.OwnIllness, 100, null, SickCallNote), Stamps.ManagerAt(FirstDay, 7));
        var conversationDay = new DateOnly(2026, 3, 16);
        @case.HoldFirstConversation(
            new FirstConversationDetails(conversationDay, ConversationForm.Phone, null, ConversationNote, default),
            Stamps.ManagerAt(conversationDay, 10),
            new PolicySettings());
        return @case;
    }

    private PlannedReminder Reminder(DeadlineKind kind, ReminderStage stage)
    {
        var deadline = new DeadlinePolicy(new PolicySettings()).DeadlinesOf(_case, Today).Single(d => d.Kind == kind);
        return new PlannedReminder(_case, deadline, stage, [Users.ManagerId]);
    }
}
