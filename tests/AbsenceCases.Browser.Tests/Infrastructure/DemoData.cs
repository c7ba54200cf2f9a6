using AbsenceCases.Application.Common.Time;
using AbsenceCases.Infrastructure.Demo;
using AbsenceCases.Infrastructure.Identity;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AbsenceCases.Browser.Tests.Infrastructure;

/// <summary>Looks up in the demo data what a scenario needs to pick; every action itself goes through the browser.</summary>
public static class DemoData
{
    /// <summary>Today in Copenhagen, the application's date (the machine's clock may be on UTC).</summary>
    public static DateOnly Today => MunicipalClock.DateOf(TimeProvider.System.GetUtcNow());

    /// <summary>An employee of the demo manager's units, employed today and without any absence in the last month.</summary>
    public static Task<string> FreeEmployeeNumberOfTheManager() => BrowserApp.App.InScope(async services =>
    {
        var db = services.GetRequiredService<ApplicationDbContext>();
        var units = await ManagerUnitIds(services);
        var today = Today;
        var from = today.AddDays(-30);
        return await db.Employees
            .Where(e => e.Employments.Any(x => units.Contains(x.UnitId) && x.From <= from && (x.To == null || x.To >= today)))
            .Where(e => !db.Spells.Any(s => s.EmployeeId == e.Id && (s.LastDay == null || s.LastDay >= from)))
            .OrderBy(e => e.EmployeeNumber)
            .Select(e => e.EmployeeNumber)
            .FirstAsync();
    });

    /// <summary>A demo case at a workplace the demo manager does not manage.</summary>
    public static Task<Guid> CaseOutsideTheManagersUnits() => BrowserApp.App.InScope(async services =>
    {
        var db = services.GetRequiredService<ApplicationDbContext>();
        var units = await ManagerUnitIds(services);
        return await db.Cases.Where(c => !units.Contains(c.UnitId)).Select(c => c.Id).FirstAsync();
    });

    /// <summary>The demo case that has come furthest: a first conversation that asked for a retention plan, and a prevention plan.</summary>
    public static Task<Guid> CaseWithAPreventionPlan() => BrowserApp.App.InScope(services =>
        services.GetRequiredService<ApplicationDbContext>().Cases.Where(c => c.PreventionPlan != null).Select(c => c.Id).FirstAsync());

    /// <summary>The demo's first wellbeing measurement, published, whose follow-up measurement is the demo's second.</summary>
    public static Task<int> FirstMeasurementId() => BrowserApp.App.InScope(services =>
        services.GetRequiredService<ApplicationDbContext>().Measurements.OrderBy(m => m.FieldedFrom).Select(m => m.Id).FirstAsync());

    private static async Task<List<int>> ManagerUnitIds(IServiceProvider services)
    {
        var db = services.GetRequiredService<ApplicationDbContext>();
        var manager = await services.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(DemoAccounts.Manager.Email);
        var roots = await db.UnitManagers.Where(m => m.UserId == manager!.Id)
            .Join(db.Units, m => m.UnitId, u => u.Id, (_, u) => u.Path).ToListAsync();
        var units = await db.Units.Select(u => new { u.Id, u.Path }).ToListAsync();
        return units.Where(u => roots.Any(root => u.Path.StartsWith(root, StringComparison.Ordinal))).Select(u => u.Id).ToList();
    }
}
