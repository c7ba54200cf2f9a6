namespace AbsenceCases.Domain.Notifications;

public enum ReminderStage
{
    /// <summary>Within the lead time before the due date: to the person responsible.</summary>
    Due,

    /// <summary>After the due date: to the person responsible and the coordination group.</summary>
    Overdue,

    /// <summary>Still overdue after the escalation period: to HR.</summary>
    EscalatedToHr,
}
