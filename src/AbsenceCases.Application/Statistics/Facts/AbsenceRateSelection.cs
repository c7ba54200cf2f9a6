using AbsenceCases.Domain.Absences;
using AbsenceCases.Domain.Calendar;

namespace AbsenceCases.Application.Statistics.Facts;

/// <summary>
/// What to compute: the months, the as-of date open spells run to, the units (by index; grouped by unit, the rows
/// are every unit of their subtrees, else the one root's total), the grouping and an absence type
/// (null: the headline sickness, own illness and work injury, unless grouped by type).
/// </summary>
internal sealed record AbsenceRateSelection(
    YearMonth From,
    YearMonth To,
    DateOnly AsOf,
    IReadOnlyList<int> Roots,
    StatisticsGrouping Grouping,
    AbsenceType? Type)
{
    public bool By(StatisticsGrouping grouping) => (Grouping & grouping) == grouping;
}
