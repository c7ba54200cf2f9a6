namespace AbsenceCases.Domain.Absences;

/// <summary>A continuous absence of one employee (fraværsperiode); LastDay is empty while the absence is open.</summary>
public sealed class AbsenceSpell(int employeeId, AbsenceType type, int percent, DateOnly firstDay, DateOnly? lastDay)
{
    public int Id { get; private set; }

    public int EmployeeId { get; private set; } = employeeId;

    public Guid? CaseId { get; private set; }

    public AbsenceType Type { get; private set; } = type;

    public int Percent { get; private set; } = percent;

    public DateOnly FirstDay { get; private set; } = firstDay;

    public DateOnly? LastDay { get; private set; } = lastDay;

    public bool IsOpen => LastDay is null;

    /// <summary>The last day the spell covers, an open one counting up to the given day.</summary>
    public DateOnly LastDayOr(DateOnly asOf) => LastDay ?? asOf;

    public bool Overlaps(DateOnly firstDay, DateOnly? lastDay) =>
        FirstDay <= (lastDay ?? DateOnly.MaxValue) && firstDay <= (LastDay ?? DateOnly.MaxValue);

    public bool Matches(int percent, DateOnly? lastDay) => Percent == percent && LastDay == lastDay;

    public void Update(int percent, DateOnly? lastDay)
    {
        Percent = percent;
        LastDay = lastDay;
    }

    internal void AttachTo(Guid caseId) => CaseId = caseId;

    internal void EndOn(DateOnly lastDay) => LastDay = lastDay < FirstDay ? FirstDay : lastDay;
}
