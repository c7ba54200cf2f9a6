using System.Net.Http.Headers;
using System.Text;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Security;

/// <summary>Bad input of every kind gets a 4xx problem answer naming what is wrong, never a 500.</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class BadInputTests(DatabaseProvider provider) : ApiTest(provider)
{
    [TestCase("GET", "/api/cases?page=abc", null, TestName = "a page that is not a number")]
    [TestCase("GET", "/api/cases?status=Sick", null, TestName = "an unknown status")]
    [TestCase("GET", "/api/cases?unitId=1e9", null, TestName = "a unit id that is not a whole number")]
    [TestCase("GET", "/api/employees?pageSize=-5", null, TestName = "a negative page size")]
    [TestCase("GET", "/api/statistics/absence-rate?from=yesterday&to=today", null, TestName = "months that are not months")]
    [TestCase("POST", "/api/sick-calls", "null", TestName = "a null body")]
    [TestCase("POST", "/api/sick-calls", "[]", TestName = "an array body")]
    [TestCase("POST", "/api/sick-calls", """{"employeeId":99999999999999999999}""", TestName = "a number too large")]
    [TestCase("POST", "/api/sick-calls", """{"employeeId":1,"firstDay":"2026-03-16","absenceType":"own_illness","percent":50.5}""", TestName = "a fractional percent")]
    [TestCase("POST", "/api/sick-calls", """{"employeeId":"abc"}""", TestName = "a text id")]
    [TestCase("POST", "/api/coordination-groups", """{"name":"X","meetingDay":7,"workplaceIds":[1],"members":[]}""", TestName = "a weekday out of range")]
    [TestCase("POST", "/api/prevention-initiatives", """{"unitId":1,"type":"Other","description":"x","startOn":"0000-00-00"}""", TestName = "a date of zeros")]
    [TestCase("POST", "/api/admin/users", """{"email":null,"roles":null}""", TestName = "nulls everywhere")]
    [TestCase("POST", "/api/imports/units", "unit_code;name\n\"unclosed;x\n", TestName = "a CSV with an unclosed quote")]
    public async Task ShouldAnswerAProblemNotAServerError(string method, string url, string? json)
    {
        var caller = url.StartsWith("/api/admin/", StringComparison.Ordinal) ? await World.Admin() : await World.Hr();
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (json is not null)
        {
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, url.Contains("/imports/") ? "text/csv" : "application/json");
        }

        var response = await caller.SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.InRange(400, 499), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), body);
        Assert.That(body, Does.Not.Contain("   at "), "no stack trace");
    }

    [Test]
    public async Task ShouldAnswerAWrongContentTypeWithAProblem()
    {
        var response = await (await World.ManagerA()).PostAsync("/api/sick-calls", new StringContent("employeeId=1", System.Text.Encoding.UTF8, "text/plain"));

        Assert.That((int)response.StatusCode, Is.InRange(400, 499));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task ShouldRefuseAControlCharacterInANoteAndStoreNothing()
    {
        var manager = await World.ManagerA();

        var response = await manager.PostJson("/api/sick-calls", new { employeeId = World.EmployeeA, firstDay = Today, absenceType = "own_illness", note = "Ringede ind\u0001" });

        var problem = await response.Problem(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.That(problem.Codes(), Is.EqualTo(new[] { "note: field.controlCharacters(found: U+0001)" }));
        Assert.That(errors.GetProperty("note")[0].GetString(), Is.EqualTo("Må ikke indeholde styretegn eller ugyldig UTF-8 (fandt U+0001)."));
        Assert.That(await World.InDatabase(db => db.Cases.CountAsync()), Is.Zero);
    }

    [Test]
    public async Task ShouldRefuseALineBreakInANameAndKeepTheGroupAsItWas()
    {
        var hr = await World.Hr();

        var response = await hr.PostJson("/api/coordination-groups", new
        {
            name = "Gruppe B\nmed to linjer", meetingDay = "Monday", workplaceIds = new[] { World.UnitB }, members = Array.Empty<object>(),
        });

        var problem = await response.Problem(HttpStatusCode.BadRequest);
        Assert.That(problem.Codes(), Is.EqualTo(new[] { "name: field.notSingleLine(found: U+000A)" }));
        Assert.That(await World.InDatabase(db => db.CoordinationGroups.Select(g => g.Name).ToListAsync()), Is.EqualTo(new[] { "Gruppe A" }));
    }

    [Test]
    public async Task ShouldRefuseJsonThatIsNotUtf8AndStoreNothing()
    {
        var manager = await World.ManagerA();
        var json = $$"""{"employeeId":{{World.EmployeeA}},"firstDay":"2026-03-16","absenceType":"own_illness","note":"S?ren ringede"}""";
        var bytes = Encoding.UTF8.GetBytes(json);
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xF8; // "ø" in Windows-1252, not UTF-8
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await manager.PostAsync("/api/sick-calls", content);

        var problem = await response.Problem(HttpStatusCode.BadRequest);
        Assert.That(problem.Codes(), Is.EqualTo(new[] { "note: field.invalidUtf8" }));
        Assert.That(await World.InDatabase(db => db.Cases.CountAsync()), Is.Zero);
    }
}
