using System.Text.Json;
using AbsenceCases.Application.Cases.Commands;
using AbsenceCases.Application.SelfService;
using AbsenceCases.Application.Common.Security;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Infrastructure.Identity;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AbsenceCases.Web.Tests.SelfService;

/// <summary>The employee's own absence through the API on a real database: their own data, nobody else's, each read audited.</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class SelfServiceApiTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task ShouldListTheEmployeesOwnCasesWithoutTheAbsencePattern()
    {
        var manager = await World.ManagerA();
        var own = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-12));
        await Act(manager, own, "first-conversation", new { heldOn = Today.AddDays(-2), form = "Phone", note = "Aftalt gradvis opstart" });
        await ReportSickCall(manager, World.EmployeeA2, Today.AddDays(-3));

        var response = await (await World.EmployeeASelf()).GetAsync("/api/me/cases");

        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        var mine = JsonSerializer.Deserialize<MyCases>(text, Json.Options)!;
        Assert.That(mine.Items.Select(c => (c.Id, c.Employee.Id, c.FirstDay)), Is.EqualTo(new[] { (own, World.EmployeeA, Today.AddDays(-12)) }));
        var @case = mine.Items.Single();
        Assert.That(@case.Conversations.Select(c => (c.HeldOn, c.Note)), Is.EqualTo(new[] { (Today.AddDays(-2), (string?)"Aftalt gradvis opstart") }));
        Assert.That(@case.Deadlines, Is.Not.Empty);
        Assert.That(@case.PermittedActions, Is.Empty, "the employee acts on no case");
        using var json = JsonDocument.Parse(text);
        Assert.That(json.RootElement.GetProperty("items")[0].GetProperty("absencePattern").ValueKind, Is.EqualTo(JsonValueKind.Null), "never the Bradford factor");
        Assert.That(text, Does.Not.Contain("Clara Dahl"));
    }

    [Test]
    public async Task ShouldListTheEmployeesOwnSpellsEmploymentsAndAgreements()
    {
        var manager = await World.ManagerA();
        var caseId = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-20));
        await Act(manager, caseId, "return", new { returnedOn = Today.AddDays(-15) });
        await ReportSickCall(manager, World.EmployeeA2, Today.AddDays(-3));
        (await (await World.Hr()).PostJson($"/api/employees/{World.EmployeeA}/section56-agreements", new { validFrom = new DateOnly(2026, 1, 1) }))
            .EnsureSuccessStatusCode();

        var mine = await (await (await World.EmployeeASelf()).GetAsync("/api/me/absences")).Read<MyAbsences>();

        Assert.That((mine.Employee.Id, mine.Employee.Name), Is.EqualTo((World.EmployeeA, "Anna Andersen")));
        Assert.That(mine.Spells.Select(s => (s.FirstDay, s.LastDay)), Is.EqualTo(new[] { (Today.AddDays(-20), (DateOnly?)Today.AddDays(-16)) }));
        Assert.That(mine.Employments.Select(e => (e.UnitName, e.WeeklyHours, e.From)), Is.EqualTo(new[] { ("Børnehuset A", 37m, new DateOnly(2020, 1, 1)) }));
        Assert.That(mine.Section56Agreements.Select(a => (a.ValidFrom, a.ValidTo)),
            Is.EqualTo(new[] { (new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31)) }));
    }

    [Test]
    public async Task ShouldRefuseTheEmployeeEveryoneElsesCaseAndEveryManagersRequest()
    {
        var manager = await World.ManagerA();
        var own = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-3));
        var colleagues = await ReportSickCall(manager, World.EmployeeA2, Today.AddDays(-3));
        var employee = await World.EmployeeASelf();

        var answers = new List<HttpStatusCode>();
        foreach (var url in new[] { $"/api/cases/{colleagues}", $"/api/cases/{own}", "/api/cases", $"/api/employees/{World.EmployeeA2}", "/api/employees", "/api/statistics/absence-rate" })
        {
            answers.Add((await employee.GetAsync(url)).StatusCode);
        }

        var returned = await employee.PostJson($"/api/cases/{own}/return", new { returnedOn = Today });

        Assert.That(answers, Is.All.EqualTo(HttpStatusCode.Forbidden), "self-service reads only through /api/me");
        Assert.That(returned.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await GetCase(manager, own)).Status, Is.Not.EqualTo(CaseStatus.Closed));
        var colleaguesRead = await World.InDatabase(db => db.AuditEntries
            .Where(a => a.UserId == World.EmployeeAUserId && a.CaseId == colleagues).Select(a => a.Allowed).ToListAsync());
        Assert.That(colleaguesRead, Is.EqualTo(new[] { false }), "the refused read is audited");
    }

    [Test]
    public async Task ShouldAuditEveryReadOfTheEmployeesOwnData()
    {
        var caseId = await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today.AddDays(-3));
        var employee = await World.EmployeeASelf();

        (await employee.GetAsync("/api/me/cases")).EnsureSuccessStatusCode();
        (await employee.GetAsync("/api/me/absences")).EnsureSuccessStatusCode();
        (await employee.GetAsync("/api/me/data")).EnsureSuccessStatusCode();

        var audited = await World.InDatabase(db => db.AuditEntries.Include(a => a.Subjects)
            .Where(a => a.UserId == World.EmployeeAUserId && a.Action != "SignIn").OrderBy(a => a.Id).ToListAsync());
        Assert.That(audited.Select(a => (a.Action, a.Allowed)), Is.EqualTo(new[]
        {
            ("ListMyCases", true), ("ListMyAbsences", true), ("ExportMyData", true),
        }));
        Assert.That(audited[0].Subjects.Select(s => s.CaseId), Does.Contain((Guid?)caseId));
        Assert.That(audited.Select(a => a.Subjects.Any(s => s.EmployeeId == World.EmployeeA)), Is.All.True);
    }

    [Test]
    public async Task ShouldTellAnEmployeeAccountWithoutAnEmployeeThatItIsNotLinked()
    {
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = "ny@test.local", Email = "ny@test.local", DisplayName = "Ny", EmailConfirmed = true };
            Assert.That((await users.CreateAsync(user, TestWorld.Password)).Succeeded, Is.True);
            Assert.That((await users.AddToRoleAsync(user, Roles.Employee)).Succeeded, Is.True);
        }

        var problem = await (await (await World.SignedIn("ny@test.local")).GetAsync("/api/me/cases")).Problem(HttpStatusCode.NotFound);

        Assert.That(problem.Codes(), Is.EqualTo(new[] { "selfService.notLinked(key: Ny)" }));
    }

    [Test]
    public async Task ShouldLeaveTheReturnToTheManagerByDefault()
    {
        var caseId = await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today.AddDays(-3));

        var problem = await (await (await World.EmployeeASelf()).PostJson("/api/me/return", new { returnedOn = Today })).Problem(HttpStatusCode.Forbidden);

        Assert.That(problem.Codes(), Is.EqualTo(new[] { "selfService.returnReportedByManager" }));
        Assert.That((await GetCase(await World.ManagerA(), caseId)).ReturnedOn, Is.Null);
    }
}

/// <summary>An installation that lets employees report back themselves (SelfService:ReportReturn).</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class SelfReportedReturnTests(DatabaseProvider provider) : ApiTest(provider)
{
    protected override IReadOnlyDictionary<string, string> Settings() => new Dictionary<string, string> { ["SelfService:ReportReturn"] = "true" };

    [Test]
    public async Task ShouldEndTheEmployeesOwnOpenCaseWithTheReturn()
    {
        var manager = await World.ManagerA();
        var own = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-6));
        var colleagues = await ReportSickCall(manager, World.EmployeeA2, Today.AddDays(-6));

        var result = await (await (await World.EmployeeASelf()).PostJson("/api/me/return", new { returnedOn = Today.AddDays(-1) })).Read<CaseActionResult>();

        Assert.That(result.CaseId, Is.EqualTo(own));
        var details = await GetCase(manager, own);
        Assert.That((details.ReturnedOn, details.Spells.Single().LastDay), Is.EqualTo(((DateOnly?)Today.AddDays(-1), (DateOnly?)Today.AddDays(-2))));
        Assert.That(details.History.Last().ByName, Is.EqualTo("Anna Andersen"), "the history says the employee reported it");
        Assert.That((await GetCase(manager, colleagues)).ReturnedOn, Is.Null);
    }

    [Test]
    public async Task ShouldRefuseAReturnInTheFutureOrWithoutAnOpenCase()
    {
        var employee = await World.EmployeeASelf();
        var noCase = await (await employee.PostJson("/api/me/return", new { returnedOn = Today })).Problem(HttpStatusCode.Conflict);
        var caseId = await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today.AddDays(-6));

        var future = await (await employee.PostJson("/api/me/return", new { returnedOn = Today.AddDays(1) })).Problem(HttpStatusCode.BadRequest);
        var missing = await (await employee.PostJson("/api/me/return", new { })).Problem(HttpStatusCode.BadRequest);

        Assert.That(noCase.Codes(), Is.EqualTo(new[] { "selfService.noOpenCase" }));
        Assert.That(future.Codes(), Is.EqualTo(new[] { "returnedOn: field.inFuture" }));
        Assert.That(missing.Codes(), Is.EqualTo(new[] { "returnedOn: field.required" }));
        Assert.That((await GetCase(await World.ManagerA(), caseId)).ReturnedOn, Is.Null);
    }
}
