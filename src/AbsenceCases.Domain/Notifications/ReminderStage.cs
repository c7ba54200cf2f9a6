namespace AbsenceCases.Domain.Notifications;

public enum ReminderStage
{
    /// <summary>Within the lead time before the due date: to the person responsible.</summary>
    Due,

    /// <summary>After the due date: to the person responsible and the coordination group.</summary>
    Overdue,

    /// <summary>Still overdue after the escalation period: to HR at large, later where the unit has a contact person.</summary>
    EscalatedToHr,

    /// <summary>Still overdue after the escalation period, in a unit with a contact person: to them, before HR at large.</summary>
    EscalatedToContact,
}
