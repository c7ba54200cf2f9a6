using AbsenceCases.Application.Statistics.Facts;
using AbsenceCases.Domain.Organisation;

namespace AbsenceCases.Application.Tests.Statistics;

/// <summary>
/// Builds data for the fact engine: a municipality (1) with two workplaces (2, 3), workplace 2 with a team (4),
/// and a second root (5) without a parent, as a unit outside the municipality's tree.
/// </summary>
internal sealed class Data
{
    public const int Municipality = 1;
    public const int WorkplaceA = 2;
    public const int WorkplaceB = 3;
    public const int TeamA = 4;
    public const int OtherRoot = 5;

    public static readonly IReadOnlyList<UnitData> Units =
    [
        new(Municipality, null, "M", "Kommunen", "/M/", UnitKind.Municipality, false),
        new(WorkplaceA, Municipality, "A", "A", "/M/A/", UnitKind.Workplace, true),
        new(WorkplaceB, Municipality, "B", "B", "/M/B/", UnitKind.Workplace, false),
        new(TeamA, WorkplaceA, "A1", "A1", "/M/A/A1/", UnitKind.Team, false),
        new(OtherRoot, null, "X", "Andet", "/X/", UnitKind.Municipality, false),
    ];

    public List<EmploymentData> Employments { get; } = [];

    public List<SpellData> Spells { get; } = [];

    public Data Employ(int employee, int unit, double hours, string from, string? to = null)
    {
        Employments.Add(new EmploymentData(employee, unit, hours, DateOnly.Parse(from), to is null ? null : DateOnly.Parse(to)));
        return this;
    }

    public Data Absent(int employee, string first, string? last, int percent = 100, AbsenceType type = AbsenceType.OwnIllness)
    {
        Spells.Add(new SpellData(employee, type, percent, DateOnly.Parse(first), last is null ? null : DateOnly.Parse(last)));
        return this;
    }

    public StatisticsData All() => new(Units, [.. Employments], [[.. Spells]]);

    public StatisticsData Of(params int[] employees) =>
        new([], Employments.Where(e => employees.Contains(e.EmployeeId)).ToList(), [Spells.Where(s => employees.Contains(s.EmployeeId)).ToList()]);
}
