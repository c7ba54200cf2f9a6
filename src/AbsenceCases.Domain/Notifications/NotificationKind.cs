namespace AbsenceCases.Domain.Notifications;

public enum NotificationKind
{
    DeadlineDue,
    DeadlineOverdue,
    DeadlineEscalated,
    WeeklyReviewAgenda,
    FrequentAbsence,
    DeadlineEscalatedToContact,
}
