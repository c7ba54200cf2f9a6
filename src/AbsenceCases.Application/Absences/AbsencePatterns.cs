using AbsenceCases.Domain.Absences;
using AbsenceCases.Domain.Calendar;

namespace AbsenceCases.Application.Absences;

/// <summary>Works out an employee's absence pattern from the database.</summary>
public sealed class AbsencePatterns(IApplicationDbContext db, DeadlinePolicy policy, WorkingDayCalendar calendar)
{
    public async Task<AbsencePattern> OfAsync(int employeeId, DateOnly today, CancellationToken cancellationToken)
    {
        var spells = await db.Spells.AsNoTracking().Where(s => s.EmployeeId == employeeId).ToListAsync(cancellationToken);
        var agreements = await db.Section56Agreements.AsNoTracking().Where(a => a.EmployeeId == employeeId).ToListAsync(cancellationToken);
        return AbsencePattern.Of(spells, agreements, today, policy.Settings, calendar);
    }
}
