using AbsenceCases.Domain.Absences;

namespace AbsenceCases.Application.Imports.Absences;

/// <summary>A spell's type, days and percent in 12 bytes: imports hold a million spells of the file and as many stored.</summary>
public readonly struct PackedSpell(AbsenceType type, DateOnly firstDay, DateOnly? lastDay, int percent)
{
    private readonly int _firstDay = firstDay.DayNumber;
    private readonly int _lastDay = lastDay?.DayNumber ?? -1;
    private readonly byte _type = (byte)type;
    private readonly byte _percent = (byte)percent;

    public AbsenceType Type => (AbsenceType)_type;

    public DateOnly FirstDay => DateOnly.FromDayNumber(_firstDay);

    public DateOnly? LastDay => _lastDay < 0 ? null : DateOnly.FromDayNumber(_lastDay);

    public int Percent => _percent;
}

/// <summary>A spell of an import file, with its line.</summary>
public readonly record struct SpellRow(int Line, int EmployeeId, PackedSpell Spell);

/// <summary>A spell already stored, with its id.</summary>
public readonly record struct StoredSpell(int Id, int EmployeeId, PackedSpell Spell);

/// <summary>The order spells are merged in: employee, type, first day.</summary>
public static class SpellOrder
{
    public static int Compare(SpellRow a, SpellRow b) => Compare(a.EmployeeId, a.Spell, b.EmployeeId, b.Spell);

    public static int Compare(StoredSpell a, StoredSpell b) => Compare(a.EmployeeId, a.Spell, b.EmployeeId, b.Spell);

    public static int Compare(SpellRow a, StoredSpell b) => Compare(a.EmployeeId, a.Spell, b.EmployeeId, b.Spell);

    private static int Compare(int employeeA, PackedSpell a, int employeeB, PackedSpell b) =>
        Compare(employeeA, a.Type, a.FirstDay, employeeB, b.Type, b.FirstDay);

    private static int Compare(int employeeA, AbsenceType typeA, DateOnly firstA, int employeeB, AbsenceType typeB, DateOnly firstB)
    {
        var byEmployee = employeeA.CompareTo(employeeB);
        if (byEmployee != 0)
        {
            return byEmployee;
        }

        var byType = ((int)typeA).CompareTo((int)typeB);
        return byType != 0 ? byType : firstA.CompareTo(firstB);
    }
}
