using Microsoft.EntityFrameworkCore;
using AbsenceCases.Application.Cases.Queries;
using AbsenceCases.Application.Jobs;
using AbsenceCases.Domain.Employees;
using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Web.Tests.Security;

/// <summary>
/// An employee with concurrent employments in unit A and unit B: both managers see the case and may act on it; the case
/// belongs to the unit of the employment with most hours on the first day, whose managers get the reminders.
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class ConcurrentEmploymentTests(DatabaseProvider provider) : ApiTest(provider)
{
    [TestCase(20, 17, TestName = "most hours in A")]
    [TestCase(17, 20, TestName = "most hours in B")]
    public async Task ShouldLetBothManagersActAndRemindTheManagerOfTheEmploymentWithMostHours(int hoursInA, int hoursInB)
    {
        var employeeId = await Employ(hoursInA, hoursInB);
        var (managerA, managerB) = (await World.ManagerA(), await World.ManagerB());
        var caseId = await ReportSickCall(managerB, employeeId, Today.AddDays(-39));

        await Act(managerA, caseId, "care-contact", new { on = Today });
        var seenByB = await GetCase(managerB, caseId);
        var listedForA = await (await managerA.GetAsync("/api/cases")).Read<CaseList>();
        await (await (await World.Admin()).PostAsync("/api/admin/jobs/dispatch-reminders/run", null)).Read<JobResult>();

        var expectedUnit = hoursInA > hoursInB ? World.UnitA : World.UnitB;
        Assert.That(seenByB.CareContactOn, Is.EqualTo(Today), "manager B sees what manager A did");
        Assert.That(listedForA.Items.Select(i => i.Id), Does.Contain(caseId));
        Assert.That(await World.InDatabase(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.UnitId).SingleAsync()), Is.EqualTo(expectedUnit));
        var remindedA = await Reminded(managerA);
        var remindedB = await Reminded(managerB);
        Assert.That((remindedA, remindedB), Is.EqualTo(hoursInA > hoursInB ? (true, false) : (false, true)));
    }

    private async Task<int> Employ(int hoursInA, int hoursInB) =>
        await World.InDatabase(async db =>
        {
            var employee = new Employee("3001", "Eva Frost");
            employee.AddEmployment(World.UnitA, hoursInA, new DateOnly(2024, 1, 1), null, "Pædagog", "3001-1");
            employee.AddEmployment(World.UnitB, hoursInB, new DateOnly(2024, 1, 1), null, "Pædagog", "3001-2");
            db.Employees.Add(employee);
            await db.SaveChangesAsync();
            return employee.Id;
        });

    private static async Task<bool> Reminded(HttpClient client) =>
        (await (await client.GetAsync("/api/notifications")).Read<List<NotificationView>>()).Count > 0;
}
