using AbsenceCases.Domain.Absences;
using AbsenceCases.Domain.Organisation;

namespace AbsenceCases.Application.Statistics.Facts;

public sealed record UnitData(int Id, int? ParentId, string Code, string Name, string Path, UnitKind Kind, bool IsPilot);

public readonly record struct EmploymentData(int EmployeeId, int UnitId, double WeeklyHours, DateOnly From, DateOnly? To);

public readonly record struct SpellData(int EmployeeId, AbsenceType Type, int Percent, DateOnly FirstDay, DateOnly? LastDay);

/// <summary>What the statistics are computed from: the units (only on a full load), employments and spells.</summary>
public sealed record StatisticsData(IReadOnlyList<UnitData> Units, List<EmploymentData> Employments, List<SpellData> Spells);

/// <summary>Reads the statistics' raw data from the database, fast and without tracking.</summary>
public interface IStatisticsSource
{
    /// <summary>Every unit, employment and spell.</summary>
    Task<StatisticsData> LoadAllAsync(CancellationToken cancellationToken);

    /// <summary>The employments and spells of some employees (no units).</summary>
    Task<StatisticsData> LoadEmployeesAsync(IReadOnlyCollection<int> employeeIds, CancellationToken cancellationToken);
}

/// <summary>
/// Tells the statistics that data behind them changed. Saving spells, employments or units through EF Core
/// reports itself; code that writes with SQL (the imports) reports what it wrote, inside the transaction that writes it.
/// </summary>
public interface IStatisticsChanges
{
    void EmployeesChanged(IEnumerable<int> employeeIds);

    /// <summary>The organisation changed, or too much to follow employee by employee: recompute everything.</summary>
    void EverythingChanged();
}
