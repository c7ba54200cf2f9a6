using System.Runtime.CompilerServices;
using AbsenceCases.Domain.Absences;

namespace AbsenceCases.Application.Statistics.Facts;

/// <summary>An employment as day numbers; an ongoing one ends on <see cref="EmployeeHistory.Open"/>.</summary>
internal readonly record struct EmploymentSpan(int UnitIndex, int Weight, int From, int To)
{
    public bool Covers(int day) => From <= day && day <= To;
}

/// <summary>A spell as day numbers; an open one ends on <see cref="EmployeeHistory.Open"/>.</summary>
internal readonly record struct SpellSpan(AbsenceType Type, int Percent, int First, int Last)
{
    public bool IsOpen => Last == EmployeeHistory.Open;
}

/// <summary>A run of contiguous spells of one type (next first day = previous last day + 1): one absence period.</summary>
internal readonly record struct SpellChain(int Start, int End, int Last)
{
    public bool IsOpen => Last == EmployeeHistory.Open;
}

/// <summary>One employee's employments and spells, compact; spells sorted by type and first day.</summary>
internal sealed class EmployeeHistory(EmploymentSpan[] employments, SpellSpan[] spells)
{
    /// <summary>The end of what has no end: an ongoing employment, an open spell.</summary>
    public const int Open = int.MaxValue;

    /// <summary>Weekly hours are kept in ten-thousandths of an hour, so sums are exact integers.</summary>
    public const int WeightPerHour = 10_000;

    public EmploymentSpan[] Employments { get; } = employments;

    public SpellSpan[] Spells { get; } = spells;

    public bool HasOpenSpell => Array.Exists(Spells, s => s.IsOpen);

    public static int WeightOf(double weeklyHours) => (int)Math.Round(weeklyHours * WeightPerHour, MidpointRounding.AwayFromZero);

    /// <summary>The absence periods: contiguous spells of one type, in order of type and first day.</summary>
    public IEnumerable<SpellChain> Chains()
    {
        for (var start = 0; start < Spells.Length;)
        {
            var chain = ChainAt(start);
            yield return chain;
            start = chain.End;
        }
    }

    /// <summary>The absence period that begins with the spell at <paramref name="start"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public SpellChain ChainAt(int start)
    {
        var last = Spells[start].Last;
        var end = start + 1;
        while (end < Spells.Length
               && Spells[end].Type == Spells[start].Type
               && (last == Open || Spells[end].First <= last + 1))
        {
            last = Math.Max(last, Spells[end].Last);
            end++;
        }

        return new SpellChain(start, end, last);
    }
}
