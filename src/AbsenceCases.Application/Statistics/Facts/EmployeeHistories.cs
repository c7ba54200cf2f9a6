using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AbsenceCases.Application.Statistics.Facts;

/// <summary>
/// Groups loaded employments and spells by employee in linear time: the rows are counted per employee, each
/// employee's arrays are made at their size and filled in the order the rows came, and only each employee's own
/// few spells are sorted. (Sorting the million spells as one list took longer than reading them.)
/// </summary>
internal static class EmployeeHistories
{
    private static readonly Comparison<SpellSpan> ByTypeAndFirstDay = static (a, b) =>
        a.Type != b.Type ? a.Type.CompareTo(b.Type) : a.First.CompareTo(b.First);

    /// <summary>The history of every employee with rows; employments in units the tree lacks are left out and reported.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Dictionary<int, EmployeeHistory> Group(StatisticsData data, UnitTree units, out bool unknownUnits)
    {
        var employees = Count(data, units, out unknownUnits);
        foreach (var employment in data.Employments)
        {
            if (units.IndexOf(employment.UnitId) is { } unit)
            {
                ref var rows = ref CollectionsMarshal.GetValueRefOrNullRef(employees, employment.EmployeeId);
                rows.Employments[rows.EmploymentsFilled++] = new EmploymentSpan(
                    unit, EmployeeHistory.WeightOf(employment.WeeklyHours), employment.From.DayNumber, employment.To?.DayNumber ?? EmployeeHistory.Open);
            }
        }

        foreach (var spell in data.Spells)
        {
            ref var rows = ref CollectionsMarshal.GetValueRefOrNullRef(employees, spell.EmployeeId);
            rows.Spells[rows.SpellsFilled++] = new SpellSpan(
                spell.Type, spell.Percent, spell.FirstDay.DayNumber, spell.LastDay?.DayNumber ?? EmployeeHistory.Open);
        }

        var histories = new Dictionary<int, EmployeeHistory>(employees.Count);
        foreach (var (employeeId, rows) in employees)
        {
            Array.Sort(rows.Spells, ByTypeAndFirstDay);
            histories.Add(employeeId, new EmployeeHistory(rows.Employments, rows.Spells));
        }

        return histories;
    }

    /// <summary>Every employee with their rows' arrays made at their size, still empty.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Dictionary<int, Rows> Count(StatisticsData data, UnitTree units, out bool unknownUnits)
    {
        unknownUnits = false;
        var employees = new Dictionary<int, Rows>(data.Employments.Count);
        foreach (var employment in data.Employments)
        {
            ref var rows = ref CollectionsMarshal.GetValueRefOrAddDefault(employees, employment.EmployeeId, out _);
            if (units.IndexOf(employment.UnitId) is null)
            {
                unknownUnits = true;
            }
            else
            {
                rows.EmploymentsFilled++;
            }
        }

        foreach (var spell in data.Spells)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(employees, spell.EmployeeId, out _).SpellsFilled++;
        }

        foreach (var employeeId in employees.Keys)
        {
            ref var rows = ref CollectionsMarshal.GetValueRefOrNullRef(employees, employeeId);
            rows = new Rows(new EmploymentSpan[rows.EmploymentsFilled], new SpellSpan[rows.SpellsFilled]);
        }

        return employees;
    }

    /// <summary>One employee's arrays and how far they are filled (while counting: how many rows there are).</summary>
    private struct Rows(EmploymentSpan[] employments, SpellSpan[] spells)
    {
        public readonly EmploymentSpan[] Employments = employments;
        public readonly SpellSpan[] Spells = spells;
        public int EmploymentsFilled;
        public int SpellsFilled;
    }
}
