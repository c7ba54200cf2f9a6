namespace AbsenceCases.Domain.Notifications;

/// <summary>Every stage of a reminder files its inbox item as a kind of notification of its own.</summary>
public static class ReminderStages
{
    private static readonly (ReminderStage Stage, NotificationKind Kind)[] Kinds =
    [
        (ReminderStage.Due, NotificationKind.DeadlineDue),
        (ReminderStage.Overdue, NotificationKind.DeadlineOverdue),
        (ReminderStage.EscalatedToHr, NotificationKind.DeadlineEscalated),
        (ReminderStage.EscalatedToContact, NotificationKind.DeadlineEscalatedToContact),
    ];

    public static NotificationKind KindOf(ReminderStage stage) => Kinds.Single(pair => pair.Stage == stage).Kind;

    /// <summary>The stage of a reminder's inbox item; none for other kinds of notification.</summary>
    public static ReminderStage? StageOf(NotificationKind kind) =>
        Kinds.Where(pair => pair.Kind == kind).Select(pair => (ReminderStage?)pair.Stage).SingleOrDefault();
}
