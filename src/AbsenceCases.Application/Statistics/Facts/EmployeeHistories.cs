using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AbsenceCases.Application.Statistics.Facts;

/// <summary>
/// Groups employments and spells by employee as they are read: the employments and each share of the spells on a
/// thread of their own, each employee's rows collected while they follow one another and then copied into an array of
/// their size. Rows of an employee that come again later are added to the employee's array. Only each employee's own
/// few spells are sorted.
/// </summary>
internal static class EmployeeHistories
{
    private static readonly Comparison<SpellSpan> ByTypeAndFirstDay = static (a, b) =>
        a.Type != b.Type ? a.Type.CompareTo(b.Type) : a.First.CompareTo(b.First);

    /// <summary>The history of every employee with rows; employments in units the tree lacks are left out and reported.</summary>
    public static Dictionary<int, EmployeeHistory> Group(StatisticsData data, UnitTree units, out bool unknownUnits)
    {
        Dictionary<int, EmploymentSpan[]> employments = [];
        var spells = new Dictionary<int, SpellSpan[]>[data.SpellShares.Count];
        var unknown = false;
        Parallel.Invoke(
        [
            () => employments = Employments(data.Employments, units, out unknown),
            .. data.SpellShares.Select((share, index) => (Action)(() => spells[index] = Spells(share))),
        ]);
        unknownUnits = unknown;

        var histories = new Dictionary<int, EmployeeHistory>(employments.Count);
        foreach (var share in spells)
        {
            foreach (var (employeeId, employeeSpells) in share)
            {
                ref var history = ref CollectionsMarshal.GetValueRefOrAddDefault(histories, employeeId, out var seen);
                history = new EmployeeHistory(
                    employments.GetValueOrDefault(employeeId, []),
                    seen ? Sorted([.. history!.Spells, .. employeeSpells]) : employeeSpells);
            }
        }

        foreach (var (employeeId, employeeEmployments) in employments)
        {
            histories.TryAdd(employeeId, new EmployeeHistory(employeeEmployments, []));
        }

        return histories;
    }

    private static Dictionary<int, EmploymentSpan[]> Employments(IEnumerable<EmploymentData> rows, UnitTree units, out bool unknownUnits)
    {
        var unknown = false;
        var grouped = ByEmployee<EmploymentData, EmploymentSpan>(rows, static e => e.EmployeeId, e =>
        {
            if (units.IndexOf(e.UnitId) is not { } unit)
            {
                unknown = true;
                return null;
            }

            return new EmploymentSpan(unit, EmployeeHistory.WeightOf(e.WeeklyHours), e.From.DayNumber, e.To?.DayNumber ?? EmployeeHistory.Open);
        });
        unknownUnits = unknown;
        return grouped;
    }

    private static Dictionary<int, SpellSpan[]> Spells(IEnumerable<SpellData> rows)
    {
        var grouped = ByEmployee<SpellData, SpellSpan>(
            rows,
            static s => s.EmployeeId,
            static s => new SpellSpan(s.Type, s.Percent, s.FirstDay.DayNumber, s.LastDay?.DayNumber ?? EmployeeHistory.Open));
        foreach (var employeeSpells in grouped.Values)
        {
            Sorted(employeeSpells);
        }

        return grouped;
    }

    /// <summary>Each employee's rows as spans, in an array of their size; a row without a span is left out.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Dictionary<int, TSpan[]> ByEmployee<TRow, TSpan>(IEnumerable<TRow> rows, Func<TRow, int> employeeOf, Func<TRow, TSpan?> spanOf)
        where TSpan : struct
    {
        var grouped = new Dictionary<int, TSpan[]>();
        var run = new List<TSpan>();
        var employeeId = 0;
        foreach (var row in rows)
        {
            if (employeeOf(row) != employeeId)
            {
                Close(grouped, employeeId, run);
                employeeId = employeeOf(row);
            }

            if (spanOf(row) is { } span)
            {
                run.Add(span);
            }
        }

        Close(grouped, employeeId, run);
        return grouped;
    }

    /// <summary>Ends an employee's run of rows: copied into an array of its size, or added to the rows that came before.</summary>
    private static void Close<T>(Dictionary<int, T[]> grouped, int employeeId, List<T> run)
    {
        if (run.Count == 0)
        {
            return;
        }

        ref var rows = ref CollectionsMarshal.GetValueRefOrAddDefault(grouped, employeeId, out var seen);
        rows = seen ? [.. rows!, .. run] : [.. run];
        run.Clear();
    }

    private static SpellSpan[] Sorted(SpellSpan[] spells)
    {
        Array.Sort(spells, ByTypeAndFirstDay);
        return spells;
    }
}
