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

    /// <summary>The place of the employee's spell in the order spells are merged in: by employee, type and first day.</summary>
    public long OrderFor(int employeeId) => ((long)employeeId << 32) | ((long)_type << 24) | (uint)_firstDay;
}

/// <summary>A spell of an import file, with its line.</summary>
public readonly record struct SpellRow(int Line, int EmployeeId, PackedSpell Spell)
{
    public long Order => Spell.OrderFor(EmployeeId);
}

/// <summary>A spell already stored, with its id.</summary>
public readonly record struct StoredSpell(int Id, int EmployeeId, PackedSpell Spell)
{
    public long Order => Spell.OrderFor(EmployeeId);
}
