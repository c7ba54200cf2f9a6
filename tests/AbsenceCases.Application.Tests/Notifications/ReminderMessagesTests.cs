using AbsenceCases.Application.Notifications;
using AbsenceCases.Domain.Notifications;

namespace AbsenceCases.Application.Tests.Notifications;

/// <summary>
/// The Danish texts of a reminder. The e-mail leaves the system, so it names the deadline, its date, its legal basis
/// and a link, and nothing written about the employee; the inbox line stays inside the scoped system and names them.
/// </summary>
public sealed class ReminderMessagesTests
{
    // First sick day Monday 9 March 2026. On 10 April the absence has passed the employer period
    // (9 March + 30 = 8 April); the municipality notification is due 9 March + 35 = 13 April, Due from 10 April.
    private const string BaseUrl = "https://fravaer.example.dk";
    private const string EmployeeName = "Ole Olsen";
    private const string UnitName = "Børnehaven Solsikken";
    private const string SickCallNote = "Ringede kl. 7 fra skadestuen";
    private const string ConversationNote = "Aftalt gradvis opstart efter operationen";
    private static readonly DateOnly FirstDay = new(2026, 3, 9);
    private static readonly DateOnly Today = new(2026, 4, 10);
    private static readonly UserContact Manager = new(Users.ManagerId, "Mette Leder", "mette.leder@example.dk");

    private readonly ReminderMessages _messages = new(new EmailSettings(Enabled: true, BaseUrl));
    private readonly AbsenceCase _case = CaseWithNotes();

    [Test]
    public void ShouldNameTheDeadlineAndItsDateInTheSubject()
    {
        var (subject, _) = _messages.Email(Reminder(DeadlineKind.MunicipalityNotification, ReminderStage.Due), Manager);

        Assert.That(subject, Is.EqualTo("Påmindelse: Anmeldelse til kommunen via NemRefusion senest 13. april 2026"));
    }

    [Test]
    public void ShouldGiveTheDeadlineItsDateItsLegalBasisAndALinkInTheBody()
    {
        var reminder = Reminder(DeadlineKind.MunicipalityNotification, ReminderStage.Due);

        var (_, body) = _messages.Email(reminder, Manager);

        Assert.Multiple(() =>
        {
            Assert.That(body, Does.StartWith("Kære Mette Leder\n"));
            Assert.That(body, Does.Contain("Anmeldelse til kommunen via NemRefusion"));
            Assert.That(body, Does.Contain("Frist: 13. april 2026\n"));
            Assert.That(body, Does.Contain("Grundlag: " + reminder.Deadline.Basis + "\n"));
            Assert.That(reminder.Deadline.Basis, Does.StartWith("Sygedagpengeloven § 59"));
            Assert.That(body, Does.Contain($"Sagen: {BaseUrl}/cases/{_case.Id}\n"));
        });
    }

    [TestCase(DeadlineKind.MunicipalityNotification, ReminderStage.Due)]
    [TestCase(DeadlineKind.RoundTableMeeting, ReminderStage.Due)]
    [TestCase(DeadlineKind.CareContact, ReminderStage.Overdue)]
    [TestCase(DeadlineKind.CareContact, ReminderStage.EscalatedToHr)]
    public void ShouldNeitherNameTheEmployeeNorQuoteANoteInTheEmail(DeadlineKind kind, ReminderStage stage)
    {
        var (subject, body) = _messages.Email(Reminder(kind, stage), Manager);

        Assert.Multiple(() =>
        {
            foreach (var text in new[] { subject, body })
            {
                Assert.That(text, Does.Not.Contain(EmployeeName));
                Assert.That(text, Does.Not.Contain(UnitName));
                Assert.That(text, Does.Not.Contain(SickCallNote));
                Assert.That(text, Does.Not.Contain(ConversationNote));
                Assert.That(text, Does.Not.Contain("skadestuen"));
                Assert.That(text, Does.Not.Contain("operationen"));
            }
        });
    }

    [TestCase(ReminderStage.Overdue, "Fristen er overskredet: Omsorgskontakt senest 13. marts 2026")]
    [TestCase(ReminderStage.EscalatedToHr, "Fristen er fortsat overskredet: Omsorgskontakt senest 13. marts 2026")]
    public void ShouldSayInTheSubjectThatTheDeadlineHasPassed(ReminderStage stage, string expected)
    {
        // Care contact was due 9 March + 4 = 13 March and never recorded.
        var (subject, _) = _messages.Email(Reminder(DeadlineKind.CareContact, stage), Manager);

        Assert.That(subject, Is.EqualTo(expected));
    }

    [TestCase("https://fravaer.example.dk")]
    [TestCase("https://fravaer.example.dk/")]
    public void ShouldLinkToTheCaseWhetherOrNotTheBaseUrlEndsWithASlash(string baseUrl)
    {
        var messages = new ReminderMessages(new EmailSettings(Enabled: true, baseUrl));

        Assert.That(messages.CaseLink(_case.Id), Is.EqualTo($"https://fravaer.example.dk/cases/{_case.Id}"));
    }

    [Test]
    public void ShouldNameTheEmployeeAndTheUnitInTheInboxLine()
    {
        var line = ReminderMessages.InboxLine(Reminder(DeadlineKind.MunicipalityNotification, ReminderStage.Due), EmployeeName, UnitName);

        Assert.That(line, Is.EqualTo(
            "Påmindelse: Anmeldelse til kommunen via NemRefusion for Ole Olsen (Børnehaven Solsikken) senest 13. april 2026."));
    }

    [Test]
    public void ShouldQuoteNoNoteInTheInboxLine()
    {
        var line = ReminderMessages.InboxLine(Reminder(DeadlineKind.CareContact, ReminderStage.Overdue), EmployeeName, UnitName);

        Assert.Multiple(() =>
        {
            Assert.That(line, Is.EqualTo("Fristen er overskredet: Omsorgskontakt for Ole Olsen (Børnehaven Solsikken) senest 13. marts 2026."));
            Assert.That(line, Does.Not.Contain(SickCallNote));
        });
    }

    [TestCase(ReminderStage.Due, NotificationKind.DeadlineDue)]
    [TestCase(ReminderStage.Overdue, NotificationKind.DeadlineOverdue)]
    [TestCase(ReminderStage.EscalatedToHr, NotificationKind.DeadlineEscalated)]
    public void ShouldFileEveryStageAsItsKindOfNotification(ReminderStage stage, NotificationKind expected)
    {
        Assert.That(ReminderMessages.KindOf(stage), Is.EqualTo(expected));
    }

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
