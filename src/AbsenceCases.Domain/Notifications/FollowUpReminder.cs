using AbsenceCases.Domain.Wellbeing;

namespace AbsenceCases.Domain.Notifications;

/// <summary>
/// One reminder about one deadline of a workplace's follow-up of a measurement, to one person at one stage; a measure's
/// follow-up date is named by its measure. Unique like a case's <see cref="Reminder"/>, so it is sent once however often,
/// and in however many processes, the dispatch runs — also before the workplace has recorded anything.
/// </summary>
public sealed class FollowUpReminder(
    int measurementId, int unitId, FollowUpStep step, int? measureId, DateOnly dueDate, string recipientUserId, ReminderStage stage, DateTimeOffset sentAt)
{
    public long Id { get; private set; }

    public int MeasurementId { get; private set; } = measurementId;

    public int UnitId { get; private set; } = unitId;

    public FollowUpStep Step { get; private set; } = step;

    public int? MeasureId { get; private set; } = measureId;

    public DateOnly DueDate { get; private set; } = dueDate;

    public string RecipientUserId { get; private set; } = recipientUserId;

    public ReminderStage Stage { get; private set; } = stage;

    public DateTimeOffset SentAt { get; private set; } = sentAt;

    public (int, int, FollowUpStep, int?, DateOnly, string, ReminderStage) Key => (MeasurementId, UnitId, Step, MeasureId, DueDate, RecipientUserId, Stage);
}
