using AbsenceCases.Domain.Notifications;

namespace AbsenceCases.Application.Notifications;

/// <summary>
/// The Danish texts of a reminder: the inbox line names the employee (the inbox is inside the system and
/// scoped); the e-mail names only the deadline, its legal basis and a link, never a name, a diagnosis or a note.
/// </summary>
public sealed class ReminderMessages(EmailSettings settings)
{
    public static NotificationKind KindOf(ReminderStage stage) => stage switch
    {
        ReminderStage.Due => NotificationKind.DeadlineDue,
        ReminderStage.Overdue => NotificationKind.DeadlineOverdue,
        _ => NotificationKind.DeadlineEscalated,
    };

    public static string InboxLine(PlannedReminder reminder, string employeeName, string unitName) =>
        $"{DanishTexts.Stage(reminder.Stage)}: {DanishTexts.Deadline(reminder.Deadline.Kind)} for {employeeName} ({unitName}) " +
        $"senest {DanishTexts.Date(reminder.Deadline.DueDate)}.";

    public string CaseLink(Guid caseId) => $"{settings.BaseUrl.TrimEnd('/')}/cases/{caseId}";

    public string BoardLink(int groupId) => $"{settings.BaseUrl.TrimEnd('/')}/koordinering/{groupId}";

    public (string Subject, string Body) Email(PlannedReminder reminder, UserContact recipient)
    {
        var deadline = reminder.Deadline;
        var what = DanishTexts.Deadline(deadline.Kind);
        var due = DanishTexts.Date(deadline.DueDate);
        var subject = $"{DanishTexts.Stage(reminder.Stage)}: {what} senest {due}";
        var body =
            $"Kære {recipient.Name}\n\n" +
            $"{DanishTexts.Stage(reminder.Stage)}: {what} i en sygefraværssag skal være gennemført senest {due}.\n\n" +
            $"Frist: {due}\n" +
            $"Grundlag: {deadline.Basis}\n" +
            $"Sagen: {CaseLink(reminder.Case.Id)}\n\n" +
            "Beskeden er sendt automatisk af AbsenceCases og indeholder bevidst ingen helbredsoplysninger.\n";
        return (subject, body);
    }
}
