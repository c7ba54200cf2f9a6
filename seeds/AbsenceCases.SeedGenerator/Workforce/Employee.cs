namespace AbsenceCases.SeedGenerator.Workforce;

/// <summary>One row of employees.csv: a stretch of an employee's work in one unit at fixed weekly hours.</summary>
internal sealed record Employment(Workplace Workplace, Unit Unit, decimal WeeklyHours, DateOnly From, DateOnly? To)
{
    public bool Covers(DateOnly day) => From <= day && (To is null || day <= To);
}

/// <summary>
/// An employee and the employments of one tenure, in date order and without gaps, with an optional second post
/// held at the same time for the whole tenure (a concurrent employment, DESIGN.md section 5).
/// </summary>
internal sealed record Employee(string Number, string Name, StaffGroup StaffGroup, IReadOnlyList<Employment> Employments, Employment? SecondPost = null)
{
    public DateOnly From => Employments[0].From;

    public DateOnly? To => Employments[^1].To;

    /// <summary>The employment covering a day. An indexed loop, as it runs for every day of every employee.</summary>
    public Employment EmploymentOn(DateOnly day)
    {
        for (var i = 0; i < Employments.Count; i++)
        {
            if (Employments[i].Covers(day))
            {
                return Employments[i];
            }
        }

        throw new ArgumentOutOfRangeException(nameof(day), day, $"Employee {Number} is not employed on that day.");
    }
}
