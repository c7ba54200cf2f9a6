using AbsenceCases.Domain.Notifications;

namespace AbsenceCases.Application.Notifications;

/// <summary>The e-mail of a reminder of a case or of a follow-up, in the language of e-mails.</summary>
public sealed class ReminderEmails(EmailSettings settings, IEmailTexts texts)
{
    public EmailMessage Compose(PlannedReminder reminder, UserContact recipient, string address, DateTimeOffset now)
    {
        var deadline = reminder.Deadline;
        (string, object)[] about = [("stage", reminder.Stage), ("deadline", deadline.Kind), ("dueDate", deadline.DueDate)];
        var subject = texts.Render(new MessageCode(NotificationCodes.ReminderEmailSubject, about));
        var body = texts.Render(new MessageCode(
            NotificationCodes.ReminderEmailBody,
            [
                .. about,
                ("recipient", recipient.Name),
                ("basis", texts.Render(new MessageCode(deadline.Basis))),
                ("link", settings.CaseLink(reminder.Case.Id)),
            ]));
        return new EmailMessage(address, subject, body, now);
    }

    /// <summary>Names the step, its date and a link to the follow-up: never a person.</summary>
    public EmailMessage Compose(PlannedFollowUpReminder reminder, UserContact recipient, string address, DateTimeOffset now)
    {
        (string, object)[] about = [("stage", reminder.Stage), ("step", reminder.Deadline.Step), ("dueDate", reminder.Deadline.DueDate)];
        var subject = texts.Render(new MessageCode(NotificationCodes.FollowUpReminderEmailSubject, about));
        var body = texts.Render(new MessageCode(
            NotificationCodes.FollowUpReminderEmailBody,
            [.. about, ("recipient", recipient.Name), ("link", settings.FollowUpLink(reminder.MeasurementId, reminder.UnitId))]));
        return new EmailMessage(address, subject, body, now);
    }
}
