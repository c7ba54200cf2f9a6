using AbsenceCases.Domain.Absences;
using AbsenceCases.Domain.Organisation;

namespace AbsenceCases.Application.Statistics.Facts;

public sealed record UnitData(int Id, int? ParentId, string Code, string Name, string Path, UnitKind Kind, bool IsPilot);

public readonly record struct EmploymentData(int EmployeeId, int UnitId, double WeeklyHours, DateOnly From, DateOnly? To);

public readonly record struct SpellData(int EmployeeId, AbsenceType Type, int Percent, DateOnly FirstDay, DateOnly? LastDay);

/// <summary>
/// What the statistics are computed from: the units (only on a full load), employments and spells. The employments and
/// each share of the spells are read at once, each on a thread of its own, and may be streamed as they are read; rows
/// in employee order are grouped as they arrive, in any other order they are grouped too, only more slowly.
/// </summary>
public sealed record StatisticsData(
    IReadOnlyList<UnitData> Units, IEnumerable<EmploymentData> Employments, IReadOnlyList<IEnumerable<SpellData>> SpellShares);

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
