using AbsenceCases.Domain.Absences;

namespace AbsenceCases.Infrastructure.Imports;

/// <summary>A spell of an import file, kept compact: a payroll export holds a million of them.</summary>
internal readonly record struct SpellRow(int Line, int EmployeeId, AbsenceType Type, DateOnly FirstDay, DateOnly? LastDay, int Percent);

/// <summary>A spell already stored.</summary>
internal readonly record struct StoredSpell(int Id, int EmployeeId, AbsenceType Type, DateOnly FirstDay, DateOnly? LastDay, int Percent);

/// <summary>The order spells are merged in: employee, type, first day.</summary>
internal static class SpellOrder
{
    public static int Compare(SpellRow a, SpellRow b) => Compare(a.EmployeeId, a.Type, a.FirstDay, b.EmployeeId, b.Type, b.FirstDay);

    public static int Compare(StoredSpell a, StoredSpell b) => Compare(a.EmployeeId, a.Type, a.FirstDay, b.EmployeeId, b.Type, b.FirstDay);

    public static int Compare(SpellRow a, StoredSpell b) => Compare(a.EmployeeId, a.Type, a.FirstDay, b.EmployeeId, b.Type, b.FirstDay);

    private static int Compare(int employeeA, AbsenceType typeA, DateOnly firstA, int employeeB, AbsenceType typeB, DateOnly firstB)
    {
        var byEmployee = employeeA.CompareTo(employeeB);
        if (byEmployee != 0)
        {
            return byEmployee;
        }

        var byType = typeA.CompareTo(typeB);
        return byType != 0 ? byType : firstA.CompareTo(firstB);
    }
}
