using System.Text.Json;
using AbsenceCases.Application.Auditing;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Security;

/// <summary>
/// GET /api/audit and /api/audit.csv: filtered by case, employee, user and days; everything for HR, who/when/what only
/// for Admin; nothing for anyone else; and reading the audit log is audited too.
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class AuditApiTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task ShouldFilterByCaseIncludingTheListsThatReturnedIt()
    {
        var manager = await World.ManagerA();
        var caseOfA = await ReportSickCall(manager, World.EmployeeA, Today);
        await GetCase(manager, caseOfA);
        var caseOfB = await ReportSickCall(await World.ManagerB(), World.EmployeeB, Today);
        var hr = await World.Hr();
        await hr.GetAsync("/api/cases");

        var page = await (await hr.GetAsync($"/api/audit?caseId={caseOfA}")).Read<AuditPage>();

        Assert.That(page.Items.Select(i => i.Action), Is.EqualTo(new[] { "ListCases", "GetCase", "RegisterSickCall" }), "newest first");
        Assert.That(page.Total, Is.EqualTo(3));
        Assert.That(page.Items[0].CaseIds, Is.EquivalentTo(new[] { caseOfA, caseOfB }));
        Assert.That(page.Items[0].EmployeeIds, Is.EquivalentTo(new[] { World.EmployeeA, World.EmployeeB }));
        Assert.That(page.Items[1].CaseId, Is.EqualTo(caseOfA));
    }

    [Test]
    public async Task ShouldFilterByEmployeeAndByUser()
    {
        await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today);
        await ReportSickCall(await World.ManagerB(), World.EmployeeB, Today);
        var hr = await World.Hr();
        await hr.GetAsync($"/api/employees/{World.EmployeeB}");

        var ofEmployee = await (await hr.GetAsync($"/api/audit?employeeId={World.EmployeeB}")).Read<AuditPage>();
        var ofUser = await (await hr.GetAsync($"/api/audit?userId={World.ManagerBId}")).Read<AuditPage>();

        Assert.That(ofEmployee.Items.Select(i => (i.Action, i.UserName)), Is.EqualTo(new[] { ("GetEmployee", "HR"), ("RegisterSickCall", "Leder B") }));
        Assert.That(ofEmployee.Items.Select(i => i.EmployeeId), Is.All.EqualTo(World.EmployeeB));
        Assert.That(ofUser.Items.Select(i => i.Action), Does.Contain("RegisterSickCall"));
        Assert.That(ofUser.Items.Select(i => i.UserId == World.ManagerBId || i.TargetUserId == World.ManagerBId), Is.All.True);
    }

    [Test]
    public async Task ShouldFilterByDaysFromAndTo()
    {
        await (await World.Hr()).GetAsync("/api/cases");
        Factory.Time.Advance(TimeSpan.FromDays(1));
        World.ForgetTokens();
        var hr = await World.Hr();
        await hr.GetAsync("/api/employees");

        var first = await (await hr.GetAsync($"/api/audit?to={Today:yyyy-MM-dd}")).Read<AuditPage>();
        var second = await (await hr.GetAsync($"/api/audit?from={Today.AddDays(1):yyyy-MM-dd}&to={Today.AddDays(1):yyyy-MM-dd}")).Read<AuditPage>();

        Assert.That(first.Items.Select(i => i.Action), Does.Contain("ListCases").And.Not.Contain("ListEmployees"));
        Assert.That(second.Items.Select(i => i.Action), Does.Contain("ListEmployees").And.Not.Contain("ListCases"));
        Assert.That(first.Items.Select(i => i.At), Is.All.EqualTo(AbsenceCasesFactory.DefaultNow));
        Assert.That(second.Items.Select(i => i.At), Is.All.EqualTo(AbsenceCasesFactory.DefaultNow.AddDays(1)));
    }

    [Test]
    public async Task ShouldAnswerABadRangeWithTheField()
    {
        var response = await (await World.Hr()).GetAsync($"/api/audit?from={Today:yyyy-MM-dd}&to={Today.AddDays(-1):yyyy-MM-dd}");

        Assert.That(await response.FieldErrors(), Is.EqualTo(new[] { "to" }));
    }

    [Test]
    public async Task ShouldShowAdminWhoWhenAndWhatButNoCaseOrEmployee()
    {
        await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today);
        await (await World.Hr()).GetAsync("/api/cases");
        var admin = await World.Admin();

        var asAdmin = await Items(await admin.GetAsync("/api/audit"));
        var asHr = await Items(await (await World.Hr()).GetAsync("/api/audit"));

        string[] ids = ["caseId", "employeeId", "caseIds", "employeeIds"];
        string[] whoWhenWhat = ["id", "at", "userId", "userName", "clientAddress", "action", "allowed", "targetUserId", "detail", "requestId"];
        Assert.That(asAdmin, Is.Not.Empty);
        Assert.That(asAdmin.Select(Names), Is.All.EquivalentTo(whoWhenWhat));
        Assert.That(asHr.Single(i => i.GetProperty("action").GetString() == "RegisterSickCall").EnumerateObject().Select(p => p.Name),
            Is.SupersetOf(whoWhenWhat.Concat(ids)));
    }

    [Test]
    public async Task ShouldRefuseAdminAFilterByCaseAndAuditTheRefusal()
    {
        var caseId = await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today);

        var response = await (await World.Admin()).GetAsync($"/api/audit?caseId={caseId}");

        await response.Problem(HttpStatusCode.Forbidden);
        var refused = await World.InDatabase(db => db.AuditEntries.Where(a => a.Action == "ListAuditEntries").Select(a => a.Allowed).ToListAsync());
        Assert.That(refused, Is.EqualTo(new[] { false }));
    }

    [TestCase("leder.a@test.local")]
    [TestCase("koordinator@test.local")]
    public async Task ShouldRefuseTheAuditLogToOtherRoles(string email)
    {
        var user = await World.SignedIn(email);

        await (await user.GetAsync("/api/audit")).Problem(HttpStatusCode.Forbidden);
        await (await user.GetAsync("/api/audit.csv")).Problem(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task ShouldAuditTheReadingOfTheAuditLog()
    {
        await (await World.Hr()).GetAsync("/api/audit");

        var rows = await World.InDatabase(db => db.AuditEntries.Where(a => a.Action == "ListAuditEntries").Select(a => new { a.UserName, a.Allowed }).ToListAsync());
        Assert.That(rows.Select(r => (r.UserName, r.Allowed)), Is.EqualTo(new[] { ("HR", true) }));
    }

    [Test]
    public async Task ShouldExportTheAuditLogAsCsvWithFormulaCellsNeutralised()
    {
        await (await World.Admin()).PostJson("/api/admin/users", new
        {
            email = "formel@test.local", password = TestWorld.Password, displayName = "=HYPERLINK(\"x\")", roles = new[] { "HR" }, managedUnitIds = Array.Empty<int>(),
        });
        var caseId = await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today);
        await (await World.SignedIn("formel@test.local")).GetAsync($"/api/cases/{caseId}");

        var hrCsv = await (await World.Hr()).GetAsync($"/api/audit.csv?caseId={caseId}");
        var adminCsv = await (await World.Admin()).GetAsync("/api/audit.csv");

        Assert.That(hrCsv.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        var hrLines = (await hrCsv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(hrLines[0], Is.EqualTo("id;at;userId;userName;clientAddress;action;allowed;targetUserId;detail;requestId;caseId;employeeId;caseIds;employeeIds"));
        Assert.That(hrLines, Has.Length.EqualTo(3), "the header, the read and the sick call");
        var read = hrLines[1].Split(';');
        Assert.That((read[3], read[5], read[10]), Is.EqualTo(("\"'=HYPERLINK(\"\"x\"\")\"", "GetCase", caseId.ToString())));
        Assert.That(read[1], Is.EqualTo("2026-03-16 09:00:00"), "Copenhagen time");
        var adminLines = (await adminCsv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(adminLines[0], Is.EqualTo("id;at;userId;userName;clientAddress;action;allowed;targetUserId;detail;requestId"));
        Assert.That(string.Join('\n', adminLines), Does.Not.Contain(caseId.ToString()));
    }

    private static IEnumerable<string> Names(JsonElement item) => item.EnumerateObject().Select(p => p.Name);

    private static async Task<List<JsonElement>> Items(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        return JsonDocument.Parse(text).RootElement.GetProperty("items").EnumerateArray().Select(i => i.Clone()).ToList();
    }
}
