using AbsenceCases.Domain.Notifications;

namespace AbsenceCases.Application.Notifications;

/// <summary>
/// Who hears of a deadline still overdue after the escalation period, beside the people already reminded: the unit's
/// contact person first, if it has one who may read it, and HR at large the contact person's head start later; without
/// a contact person HR at large at once.
/// </summary>
public static class OverdueEscalation
{
    public static IEnumerable<(ReminderStage Stage, IReadOnlyList<string> Recipients)> Of(
        DateOnly dueDate, int unitId, Responsibilities people, DateOnly today, PolicySettings policy)
    {
        var escalation = dueDate.AddDays(policy.EscalateToHrAfterDays);
        var contactPerson = people.ContactPersonOf(unitId);
        if (today > escalation && contactPerson is not null)
        {
            yield return (ReminderStage.EscalatedToContact, [contactPerson]);
        }

        if (today > (contactPerson is null ? escalation : escalation.AddDays(policy.ContactPersonBeforeHrDays)))
        {
            yield return (ReminderStage.EscalatedToHr, people.Hr);
        }
    }
}
