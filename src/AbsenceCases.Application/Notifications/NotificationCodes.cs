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

    /// <summary>The inbox line of a follow-up's reminder: names the step, the measurement and the workplace.</summary>
    public const string FollowUpReminder = "notification.followUpReminder";

    public const string FollowUpReminderEmailSubject = "notification.followUpReminderEmailSubject";

    public const string FollowUpReminderEmailBody = "notification.followUpReminderEmailBody";
}
