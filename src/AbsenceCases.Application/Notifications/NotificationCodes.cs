namespace AbsenceCases.Application.Notifications;

/// <summary>The inbox line and the e-mail of a reminder.</summary>
[MessageCodes]
public static class NotificationCodes
{
    /// <summary>The inbox line: names the employee and the unit (the inbox is inside the system and scoped).</summary>
    public const string Reminder = "notification.reminder";

    public const string ReminderEmailSubject = "notification.reminderEmailSubject";

    /// <summary>Names only the deadline, its date, its legal basis and a link: never a name, a diagnosis or a note.</summary>
    public const string ReminderEmailBody = "notification.reminderEmailBody";
}
