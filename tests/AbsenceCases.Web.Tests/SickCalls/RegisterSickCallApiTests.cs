using AbsenceCases.Application.SickCalls;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.SickCalls;

[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class RegisterSickCallApiTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task ShouldOpenACaseAndAnswerCreatedWithItsLocation()
    {
        var manager = await World.ManagerA();

        var response = await manager.PostJson("/api/sick-calls", new { employeeNumber = "1001", firstDay = Today, absenceType = "own_illness", percent = 50, expectedReturn = Today.AddDays(3) });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var created = await response.Read<SickCallRegistered>();
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/cases/{created.CaseId}"));
        var details = await GetCase(manager, created.CaseId);
        Assert.That(details.Employee.EmployeeNumber, Is.EqualTo("1001"));
        Assert.That(details.UnitId, Is.EqualTo(World.UnitA));
        Assert.That(details.ExpectedReturn, Is.EqualTo(Today.AddDays(3)));
        Assert.That(details.Spells.Single().Percent, Is.EqualTo(50));
    }

    [Test]
    public async Task ShouldAddASpellToTheEmployeesOpenCase()
    {
        var manager = await World.ManagerA();
        var caseId = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-20));
        await manager.PostJson($"/api/cases/{caseId}/first-conversation", new { heldOn = Today.AddDays(-10), form = "InPerson" });
        await manager.PostJson($"/api/cases/{caseId}/return", new { returnedOn = Today.AddDays(-5) });

        var again = await manager.PostJson("/api/sick-calls", new { employeeId = World.EmployeeA, firstDay = Today.AddDays(-1), absenceType = "own_illness" });

        var result = await again.Read<SickCallRegistered>();
        Assert.That(result, Is.EqualTo(new SickCallRegistered(caseId, AddedToOpenCase: true)));
        Assert.That((await GetCase(manager, caseId)).Spells, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task ShouldRefuseASickCallOverlappingAnAbsenceAlreadyRegistered()
    {
        var manager = await World.ManagerA();
        await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-3));

        var response = await manager.PostJson("/api/sick-calls", new { employeeId = World.EmployeeA, firstDay = Today, absenceType = "own_illness" });

        var problem = await response.Problem(HttpStatusCode.Conflict);
        Assert.That(problem.Codes().Single(), Does.StartWith("sickCall.alreadyAbsentStill("));
    }

    [TestCase("""{"firstDay":"2026-03-16","absenceType":"own_illness"}""", "employeeId", TestName = "no employee")]
    [TestCase("""{"employeeId":1,"employeeNumber":"1001","firstDay":"2026-03-16","absenceType":"own_illness"}""", "employeeId", TestName = "both employee id and number")]
    [TestCase("""{"employeeNumber":"9999","firstDay":"2026-03-16","absenceType":"own_illness"}""", "employeeNumber", TestName = "unknown employee number")]
    [TestCase("""{"employeeId":99999,"firstDay":"2026-03-16","absenceType":"own_illness"}""", "employeeId", TestName = "unknown employee id")]
    [TestCase("""{"employeeNumber":"1001","absenceType":"own_illness"}""", "firstDay", TestName = "no first day")]
    [TestCase("""{"employeeNumber":"1001","firstDay":"2026-03-17","absenceType":"own_illness"}""", "firstDay", TestName = "first day tomorrow")]
    [TestCase("""{"employeeNumber":"1001","firstDay":"2025-03-15","absenceType":"own_illness"}""", "firstDay", TestName = "first day 366 days back")]
    [TestCase("""{"employeeNumber":"1001","firstDay":"16-03-2026","absenceType":"own_illness"}""", "firstDay", TestName = "first day not ISO")]
    [TestCase("""{"employeeNumber":"1001","firstDay":"2026-02-30","absenceType":"own_illness"}""", "firstDay", TestName = "first day not a date")]
    [TestCase("""{"employeeNumber":"1001","firstDay":"2019-12-31","absenceType":"own_illness"}""", "firstDay", TestName = "first day before the employment")]
    [TestCase("""{"employeeNumber":"1001","firstDay":"2026-03-16"}""", "absenceType", TestName = "no absence type")]
    [TestCase("""{"employeeNumber":"1001","firstDay":"2026-03-16","absenceType":"flu"}""", "absenceType", TestName = "unknown absence type")]
    [TestCase("""{"employeeNumber":"1001","firstDay":"2026-03-16","absenceType":"own_illness","percent":0}""", "percent", TestName = "percent 0")]
    [TestCase("""{"employeeNumber":"1001","firstDay":"2026-03-16","absenceType":"own_illness","percent":101}""", "percent", TestName = "percent 101")]
    [TestCase("""{"employeeNumber":"1001","firstDay":"2026-03-16","absenceType":"own_illness","percent":"half"}""", "percent", TestName = "percent not a number")]
    [TestCase("""{"employeeNumber":"1001","firstDay":"2026-03-16","absenceType":"own_illness","expectedReturn":"2026-03-16"}""", "expectedReturn", TestName = "expected return on the first day")]
    [TestCase("""{"employeeNumber":"1001","firstDay":"2026-03-16","absenceType":"own_illness","note":7}""", "note", TestName = "note not text")]
    [TestCase("""{"employeeNumber":"1001","firstDay":"2026-03-16",""", "body", TestName = "broken JSON")]
    public async Task ShouldRejectBadInputNamingTheFieldAndStoreNothing(string json, string field)
    {
        var manager = await World.ManagerA();

        var response = await manager.PostRawJson("/api/sick-calls", json);

        Assert.That(await response.FieldErrors(), Does.Contain(field));
        Assert.That(await World.InDatabase(db => db.Cases.CountAsync()), Is.Zero);
    }

    [Test]
    public async Task ShouldRejectANoteLongerThan2000Characters()
    {
        var manager = await World.ManagerA();

        var response = await manager.PostJson("/api/sick-calls", new { employeeId = World.EmployeeA, firstDay = Today, absenceType = "own_illness", note = new string('x', 2001) });

        Assert.That(await response.FieldErrors(), Is.EqualTo(new[] { "note" }));
    }

    [Test]
    public async Task ShouldAcceptAFirstDayExactly365DaysBack()
    {
        var manager = await World.ManagerA();

        var response = await manager.PostJson("/api/sick-calls", new { employeeId = World.EmployeeA, firstDay = Today.AddDays(-365), absenceType = "child_illness" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task ShouldAnswerARepeatWithTheSameIdempotencyKeyWithTheFirstAnswer()
    {
        var manager = await World.ManagerA();
        var body = new { employeeId = World.EmployeeA, firstDay = Today, absenceType = "own_illness" };

        var first = await (await manager.PostJson("/api/sick-calls", body, idempotencyKey: "call-42")).Read<SickCallRegistered>();
        var repeat = await manager.PostJson("/api/sick-calls", body, idempotencyKey: "call-42");

        Assert.That(repeat.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(await repeat.Read<SickCallRegistered>(), Is.EqualTo(first));
        Assert.That(await World.InDatabase(db => db.Cases.CountAsync()), Is.EqualTo(1));
    }

    [Test]
    public async Task ShouldRefuseAnIdempotencyKeyReusedForADifferentRequest()
    {
        var manager = await World.ManagerA();
        await manager.PostJson("/api/sick-calls", new { employeeId = World.EmployeeA, firstDay = Today, absenceType = "own_illness" }, idempotencyKey: "k");

        var other = await manager.PostJson("/api/sick-calls", new { employeeId = World.EmployeeA2, firstDay = Today, absenceType = "own_illness" }, idempotencyKey: "k");

        await other.Problem(HttpStatusCode.Conflict);
        Assert.That(await World.InDatabase(db => db.Cases.CountAsync()), Is.EqualTo(1));
    }

    [Test]
    public async Task ShouldKeepIdempotencyKeysApartPerUser()
    {
        var managerA = await World.ManagerA();
        var hr = await World.Hr();
        var a = await (await managerA.PostJson("/api/sick-calls", new { employeeId = World.EmployeeA, firstDay = Today, absenceType = "own_illness" }, idempotencyKey: "same")).Read<SickCallRegistered>();

        var b = await (await hr.PostJson("/api/sick-calls", new { employeeId = World.EmployeeB, firstDay = Today, absenceType = "own_illness" }, idempotencyKey: "same")).Read<SickCallRegistered>();

        Assert.That(b.CaseId, Is.Not.EqualTo(a.CaseId));
    }

    [Test]
    public async Task ShouldRejectAnOverlongIdempotencyKey()
    {
        var manager = await World.ManagerA();

        var response = await manager.PostJson("/api/sick-calls", new { employeeId = World.EmployeeA, firstDay = Today, absenceType = "own_illness" }, idempotencyKey: new string('k', 201));

        Assert.That(await response.FieldErrors(), Is.EqualTo(new[] { "Idempotency-Key" }));
    }
}
