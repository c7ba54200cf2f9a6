using AbsenceCases.Application.Imports;
using AbsenceCases.Application.Jobs;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Concurrency;

/// <summary>Requests that race for the same data: the database's invariants hold, and every loser gets an answer, never a 500.</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class ConcurrentRequestsTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task ShouldOpenOneCaseWhenTwentySickCallsForOneEmployeeArriveAtOnce()
    {
        var manager = await World.ManagerA();
        var sickCall = new { employeeId = World.EmployeeA, firstDay = Today, absenceType = "own_illness" };

        var responses = await AllAtOnce(20, () => manager.PostJson("/api/sick-calls", sickCall));

        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.Created), Is.EqualTo(1));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            var problem = await refused.Problem(HttpStatusCode.Conflict);
            Assert.That(problem.Codes(), Is.EqualTo(new[] { $"sickCall.alreadyAbsentStill(type: own_illness, from: {Today:yyyy-MM-dd})" }),
                "each later sick call is answered as if it had come after the first");
        }

        var open = await World.InDatabase(db => db.Cases.CountAsync(c => c.EmployeeId == World.EmployeeA && c.Status != CaseStatus.Closed));
        var spells = await World.InDatabase(db => db.Spells.CountAsync(s => s.EmployeeId == World.EmployeeA));
        Assert.That((open, spells), Is.EqualTo((1, 1)));
    }

    [Test]
    public async Task ShouldOpenOneFrequentAbsenceCasePerPatternWhenTwoRunsStartAtOnce()
    {
        var employees = new[] { "1001", "1002", "1003", "2001" };
        var days = new[] { "2025-11-03", "2026-01-12", "2026-03-02" };
        var file = "employee_number;first_day;last_day;percent;absence_type\n" +
                   string.Concat(employees.SelectMany(number => days.Select(day => $"{number};{day};{day};100;own_illness\n")));
        var imported = await (await (await World.Hr()).PostCsv("/api/imports/absences", file)).Read<ImportResult>();
        Assert.That(imported.Imported, Is.EqualTo(12));
        var admin = await World.Admin();

        var runs = await AllAtOnce(2, () => admin.PostAsync("/api/admin/jobs/frequent-absence/run", null));

        var opened = new List<int>();
        foreach (var run in runs)
        {
            opened.Add((await run.Read<JobResult>()).Counts["casesOpened"]);
        }

        Assert.That(opened, Is.EquivalentTo(new[] { 4, 0 }), "one run opens the cases, the other finds them open");
        var frequent = await World.InDatabase(db => db.Cases.Where(c => c.Kind == CaseKind.FrequentAbsence).Select(c => c.EmployeeId).ToListAsync());
        Assert.That(frequent, Is.EquivalentTo(new[] { World.EmployeeA, World.EmployeeA1, World.EmployeeA2, World.EmployeeB }));
    }

    /// <summary>Starts every request together, once all are ready, and waits for all of them.</summary>
    private static async Task<HttpResponseMessage[]> AllAtOnce(int count, Func<Task<HttpResponseMessage>> send)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var requests = Enumerable.Range(0, count).Select(async _ =>
        {
            await start.Task;
            return await send();
        }).ToList();
        start.SetResult();
        return await Task.WhenAll(requests);
    }
}
