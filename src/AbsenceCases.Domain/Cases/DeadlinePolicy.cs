namespace AbsenceCases.Domain.Cases;

/// <summary>Works out the deadlines of a case on a given day from the municipality's policy.</summary>
public sealed class DeadlinePolicy(PolicySettings settings)
{
    public PolicySettings Settings => settings;

    public IReadOnlyList<Deadline> DeadlinesOf(AbsenceCase @case, DateOnly today)
    {
        var deadlines = new List<Deadline>();
        if (@case.Kind == CaseKind.SickCall)
        {
            AddUnlessClosedBefore(
                deadlines, @case, today, DeadlineKind.CareContact,
                @case.FirstDay.AddDays(settings.CareContactDays), @case.CareContactOn,
                "Lokal politik: omsorgskontakt senest dag 5 (1-5-14)");

            // Sygedagpengeloven § 7a: senest 4 uger efter første sygedag.
            AddUnlessClosedBefore(
                deadlines, @case, today, DeadlineKind.FirstConversation,
                @case.FirstDay.AddDays(settings.FirstConversationDays), @case.FirstConversation?.HeldOn,
                "Sygedagpengeloven § 7a: sygefraværssamtale senest 4 uger efter første sygedag");
        }

        return deadlines.OrderBy(d => d.DueDate).ThenBy(d => d.Kind).ToList();
    }

    /// <summary>The earliest deadline not yet met, the one a list of cases shows.</summary>
    public Deadline? NextDeadline(AbsenceCase @case, DateOnly today) =>
        DeadlinesOf(@case, today).FirstOrDefault(d => d.Status != DeadlineStatus.Met);

    public DeadlineStatus StatusOf(DateOnly dueDate, DateOnly? metOn, DateOnly today) =>
        metOn is not null ? DeadlineStatus.Met
        : today > dueDate ? DeadlineStatus.Overdue
        : today >= dueDate.AddDays(-settings.ReminderLeadDays) ? DeadlineStatus.Due
        : DeadlineStatus.Upcoming;

    /// <summary>A deadline not met by a case that closed on or before its due date no longer applies.</summary>
    private void AddUnlessClosedBefore(
        List<Deadline> deadlines, AbsenceCase @case, DateOnly today, DeadlineKind kind, DateOnly dueDate, DateOnly? metOn, string basis)
    {
        if (metOn is null && @case.ClosedOn <= dueDate)
        {
            return;
        }

        deadlines.Add(new Deadline(kind, dueDate, StatusOf(dueDate, metOn, today), metOn, basis));
    }
}
