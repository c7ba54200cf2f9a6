using System.Text;
using AbsenceCases.Application.Imports;

namespace AbsenceCases.Web.Tests.Imports;

/// <summary>
/// Through Kestrel, a real server with a request-size limit: the imports raise it for themselves (a payroll export
/// is tens of megabytes), every other endpoint keeps it. The limit is set low here to keep the test small.
/// </summary>
public sealed class ImportLimitsTests
{
    private const long Limit = 100_000;

    private AbsenceCasesFactory _factory = null!;
    private TestWorld _world = null!;

    [SetUp]
    public async Task StartKestrel()
    {
        _factory = AbsenceCasesFactory.OnNewDatabase();
        _factory.UseKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = Limit;
            kestrel.Listen(IPAddress.Loopback, 0);
        });
        _world = await TestWorld.CreateAsync(_factory);
    }

    [TearDown]
    public async Task Stop()
    {
        await _factory.DisposeAsync();
        _factory.DeleteDatabase();
    }

    [Test]
    public async Task ShouldStreamAnImportLargerThanTheServersLimit()
    {
        var hr = await _world.Hr();
        await (await hr.PostCsv("/api/imports/employees",
            "employee_number;name;unit_code;weekly_hours;employed_from;employed_to;staff_group\n8001;Gitte Hald;A;37;2000-01-01;;Pædagog\n")).Read<ImportResult>();
        var csv = new StringBuilder("employee_number;first_day;last_day;percent;absence_type\n");
        for (var day = new DateOnly(2001, 1, 1); csv.Length <= 3 * Limit; day = day.AddDays(2))
        {
            csv.Append($"8001;{day:yyyy-MM-dd};{day:yyyy-MM-dd};100;own_illness\n");
        }

        var result = await (await hr.PostCsv("/api/imports/absences", csv.ToString())).Read<ImportResult>();

        Assert.That(result.Imported, Is.EqualTo(csv.ToString().Count(c => c == '\n') - 1));
    }

    [Test]
    public async Task ShouldKeepTheLimitForEveryOtherEndpoint()
    {
        var manager = await _world.ManagerA();
        var note = new string('x', (int)Limit);

        var response = await manager.PostJson("/api/sick-calls", new { employeeId = _world.EmployeeA, firstDay = new DateOnly(2026, 3, 16), absenceType = "own_illness", note });

        await response.Problem(HttpStatusCode.RequestEntityTooLarge);
    }
}
