namespace AbsenceCases.Domain.Employees;

/// <summary>
/// An agreement under sygedagpengeloven § 56 about a chronic or long-lasting illness: for its two years the
/// employer is refunded from the first day, and the employee's absence is left out of the frequent-absence trigger.
/// It holds dates only: a note about an illness would be a health record (helbredsoplysningsloven § 2).
/// </summary>
public sealed class Section56Agreement
{
    private Section56Agreement()
    {
    }

    public Section56Agreement(int employeeId, DateOnly validFrom, int validityYears)
    {
        EmployeeId = employeeId;
        ValidFrom = validFrom;
        ValidTo = validFrom.AddYears(validityYears).AddDays(-1);
    }

    public int Id { get; private set; }

    public int EmployeeId { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    public DateOnly ValidTo { get; private set; }

    /// <summary>The agreement ended before its time, on this day.</summary>
    public DateOnly? EndedOn { get; private set; }

    public DateOnly LastDay => EndedOn is { } ended && ended < ValidTo ? ended : ValidTo;

    public bool Covers(DateOnly day) => ValidFrom <= day && day <= LastDay;

    public void End(DateOnly on)
    {
        if (on < ValidFrom || on > LastDay)
        {
            throw new Common.DomainException(Section56Codes.EndsOutsideAgreement, ("from", ValidFrom), ("to", LastDay));
        }

        EndedOn = on;
    }
}
