using System.Net.Http.Json;
using AbsenceCases.Web.Tests.Ui;

namespace AbsenceCases.Web.Tests.Security;

/// <summary>
/// The role × request table of DESIGN.md section 9, cell by cell, against one real installation: a denied cell answers
/// 403, an allowed cell anything but 401, 403 or a server error. The requests carry empty bodies, so an allowed one is
/// refused for its content (400) or the case's state (409) and changes nothing; a role is judged before either.
/// The employee's own data is the self-service row; the audit log's row for its request.
/// </summary>
[TestFixture]
public sealed class RoleMatrixTests
{
    public enum Role
    {
        Manager,
        Coordinator,
        Hr,
        Admin,
        Employee,
    }

    private static readonly Role[] Everyone = [Role.Manager, Role.Coordinator, Role.Hr, Role.Admin, Role.Employee];

    /// <summary>The table, row by row: the requests of the row and the roles it allows. Written from DESIGN.md, not from the code.</summary>
    private static readonly (string Row, Role[] Allowed, Call[] Requests)[] Table =
    [
        ("Register a sick call", [Role.Manager, Role.Hr],
        [
            Call.Post("/api/sick-calls"),
        ]),
        ("Case work", [Role.Manager, Role.Hr],
        [
            Call.Post("/api/cases/{case}/care-contact"),
            Call.Post("/api/cases/{case}/first-conversation"),
            Call.Post("/api/cases/{case}/round-table"),
            Call.Post("/api/cases/{case}/municipality-notification"),
            Call.Post("/api/cases/{case}/fast-track"),
            Call.Post("/api/cases/{case}/retention-plan"),
            Call.Post("/api/cases/{case}/retention-plan-request"),
            Call.Post("/api/cases/{case}/possibility-statement"),
            Call.Post("/api/cases/{case}/documentation-requests"),
            Call.Post("/api/cases/{case}/documentation-requests/1/received"),
            Call.Post("/api/cases/{case}/gradual-return"),
            Call.Post("/api/cases/{case}/return"),
            Call.Post("/api/cases/{case}/close"),
            Call.Post("/api/cases/{case}/reopen"),
        ]),
        ("Start coordination; record a review", [Role.Coordinator, Role.Hr],
        [
            Call.Post("/api/cases/{case}/coordination"),
            Call.Post("/api/coordination-groups/{group}/reviews"),
            Call.Get("/api/coordination-groups/{group}/reviews"),
            Call.Get("/api/coordination-groups/{group}/board"),
            Call.Get("/api/coordination-groups"),
        ]),
        ("Agree and edit a prevention plan", [Role.Manager, Role.Coordinator, Role.Hr],
        [
            Call.Post("/api/cases/{case}/prevention-plan"),
            Call.Post("/api/cases/{case}/prevention-plan/measures"),
            Call.Put("/api/cases/{case}/prevention-plan/measures/1"),
            Call.Post("/api/cases/{case}/prevention-plan/measures/1/complete"),
            Call.Post("/api/cases/{case}/prevention-plan/measures/1/drop"),
        ]),
        ("Read a case, the employee, the absence pattern", [Role.Manager, Role.Coordinator, Role.Hr],
        [
            Call.Get("/api/cases"),
            Call.Get("/api/cases/{case}"),
            Call.Get("/api/employees"),
            Call.Get("/api/employees/{employee}"),
        ]),
        ("§ 56 agreements", [Role.Manager, Role.Hr],
        [
            Call.Post("/api/employees/{employee}/section56-agreements"),
            Call.Post("/api/employees/{employee}/section56-agreements/{agreement}/end"),
        ]),
        ("Imports, indicators, success criteria, initiatives, groups", [Role.Hr],
        [
            Call.Csv("/api/imports/units"),
            Call.Csv("/api/imports/employees"),
            Call.Csv("/api/imports/absences"),
            Call.Get("/api/statistics/indicators"),
            Call.Get("/api/statistics/success-criteria"),
            Call.Get("/api/prevention-initiatives"),
            Call.Post("/api/prevention-initiatives"),
            Call.Put("/api/prevention-initiatives/1"),
            Call.Delete("/api/prevention-initiatives/1"),
            Call.Post("/api/coordination-groups"),
            Call.Put("/api/coordination-groups/{group}"),
        ]),
        ("Statistics", [Role.Manager, Role.Coordinator, Role.Hr],
        [
            Call.Get("/api/statistics/absence-rate"),
            Call.Get("/api/statistics/absence-rate.csv"),
            Call.Get("/api/statistics/absence-rate.xlsx"),
        ]),
        ("Wellbeing measurements: define them, import their results", [Role.Hr],
        [
            Call.Post("/api/measurements"),
            Call.Csv("/api/measurements/{measurement}/results"),
            Call.Post("/api/measurements/{measurement}/publish"),
        ]),
        ("Wellbeing measurements: list them, read their results", [Role.Manager, Role.Coordinator, Role.Hr],
        [
            Call.Get("/api/measurements"),
            Call.Get("/api/measurements/{measurement}"),
            Call.Get("/api/measurements/{measurement}/results"),
            Call.Get("/api/measurements/{measurement}/absence"),
            Call.Get("/api/measurements/{measurement}/absence.csv"),
            Call.Get("/api/measurements/{measurement}/absence.xlsx"),
        ]),
        ("Wellbeing follow-up: read a workplace's, list those in scope", [Role.Manager, Role.Coordinator, Role.Hr],
        [
            Call.Get("/api/measurements/{measurement}/follow-ups"),
            Call.Get("/api/measurements/{measurement}/follow-ups/{unit}"),
        ]),
        ("Wellbeing follow-up: record a workplace's", [Role.Manager, Role.Hr],
        [
            Call.Post("/api/measurements/{measurement}/follow-ups/{unit}"),
        ]),
        ("Good examples: search and read the bank", [Role.Manager, Role.Coordinator, Role.Hr],
        [
            Call.Get("/api/good-examples?search=kaffe"),
        ]),
        ("Good examples: mark one, take one out", [Role.Hr],
        [
            Call.Post("/api/good-examples"),
            Call.Delete("/api/good-examples/1"),
        ]),
        ("Users, roles, scopes, jobs", [Role.Admin],
        [
            Call.Get("/api/admin/users"),
            Call.Post("/api/admin/users"),
            Call.Put("/api/admin/users/{managerB}"),
            Call.Post("/api/admin/users/no-such-user/two-factor/reset"),
            Call.Post("/api/admin/jobs/no-such-job/run"),
        ]),
        ("Audit log", [Role.Hr, Role.Admin],
        [
            Call.Get("/api/audit"),
            Call.Get("/api/audit.csv"),
        ]),
        ("Self-service: own cases, absence and data", [Role.Employee],
        [
            Call.Get("/api/me/cases"),
            Call.Get("/api/me/absences"),
            Call.Get("/api/me/data"),
            Call.Get("/api/me/data.zip"),
            Call.Post("/api/me/return"),
        ]),
        ("Contact persons of units (DESIGN.md section 12)", [Role.Hr],
        [
            Call.Get("/api/units/contact-persons"),
            Call.Put("/api/units/{unit}/contact-person"),
        ]),
        ("A manager's own contact persons", [Role.Manager],
        [
            Call.Get("/api/units/contact-persons/mine"),
        ]),
        ("Everyone signed in: own inbox, workflow, units", Everyone,
        [
            Call.Get("/api/notifications"),
            Call.Post("/api/notifications/999/read"),
            Call.Get("/api/workflow"),
            Call.Get("/api/workflow.dot"),
            Call.Get("/api/units"),
        ]),
    ];

    /// <summary>The pages of the same rows: a denied page sends the browser to "ingen adgang".</summary>
    private static readonly (string Row, Role[] Allowed, string[] Pages)[] PageTable =
    [
        ("Register a sick call", [Role.Manager, Role.Hr], ["/sygemelding"]),
        ("Case work", [Role.Manager, Role.Hr], ["/cases/{case}/care-contact", "/cases/{case}/return", "/cases/{case}/close"]),
        ("Start coordination; record a review", [Role.Coordinator, Role.Hr],
            ["/cases/{case}/coordination", "/koordinering", "/koordinering/{group}", "/koordinering/{group}/gennemgang"]),
        ("Agree and edit a prevention plan", [Role.Manager, Role.Coordinator, Role.Hr],
            ["/cases/{case}/prevention-plan", "/cases/{case}/plan/measures/new"]),
        ("Read a case, the employee, the absence pattern", [Role.Manager, Role.Coordinator, Role.Hr],
            [
                "/cases/{case}", "/cases/{case}/plan", "/medarbejdere/{employee}", "/cases/{case}/print/conversation",
                "/cases/{case}/print/retention-plan", "/cases/{case}/print/prevention-plan",
            ]),
        ("Imports, indicators, success criteria, initiatives, groups", [Role.Hr],
            ["/import", "/statistik/indikatorer", "/statistik/succeskriterier", "/forebyggelse", "/forebyggelse/indsats", "/koordinering/gruppe"]),
        ("Contact persons of areas and workplaces", [Role.Hr], ["/kontaktpersoner"]),
        ("Statistics", [Role.Manager, Role.Coordinator, Role.Hr], ["/statistik"]),
        ("Wellbeing measurements: define them, import their results", [Role.Hr], ["/malinger/ny", "/malinger/{measurement}/indlaes"]),
        ("Wellbeing measurements: list them, read their results", [Role.Manager, Role.Coordinator, Role.Hr],
            ["/malinger", "/malinger/{measurement}", "/malinger/{measurement}/fravaer"]),
        ("Good examples: the bank", [Role.Manager, Role.Coordinator, Role.Hr], ["/gode-eksempler"]),
        ("Good examples: mark one, take one out", [Role.Hr],
            ["/gode-eksempler/ny?maling={measurement}&enhed={unit}", "/gode-eksempler/ny?indsats=1", "/gode-eksempler/1/fjern"]),
        ("Wellbeing follow-up: the overview and a workplace's", [Role.Manager, Role.Coordinator, Role.Hr],
            ["/malinger/{measurement}/opfolgning", "/malinger/{measurement}/opfolgning/{unit}"]),
        ("Users, roles, scopes, jobs", [Role.Admin], ["/admin/brugere", "/admin/bruger", "/admin/job"]),
        ("Audit log", [Role.Hr, Role.Admin], ["/revisionslog"]),
        ("Self-service: own cases, absence and data", [Role.Employee], ["/mit-fravaer", "/mit-fravaer/sager/{case}"]),
        ("Everyone signed in: own inbox, policy", Everyone, ["/indbakke", "/politik"]),
    ];

    private readonly Dictionary<Role, HttpClient> _api = [];
    private readonly Dictionary<Role, UiSession> _pages = [];
    private AbsenceCasesFactory _factory = null!;
    private Dictionary<string, string> _ids = null!;

    public static IEnumerable<TestCaseData> ApiCells() =>
        from row in Table
        from request in row.Requests
        from role in Everyone
        let allowed = row.Allowed.Contains(role)
        select new TestCaseData(request, role, allowed).SetName($"{row.Row}: {request} as {role} is {(allowed ? "allowed" : "refused")}");

    public static IEnumerable<TestCaseData> PageCells() =>
        from row in PageTable
        from page in row.Pages
        from role in Everyone
        let allowed = row.Allowed.Contains(role)
        select new TestCaseData(page, role, allowed).SetName($"{row.Row}: page {page} as {role} is {(allowed ? "allowed" : "refused")}");

    [OneTimeSetUp]
    public async Task StartInstallation()
    {
        _factory = AbsenceCasesFactory.OnNewDatabase();
        var world = await TestWorld.CreateAsync(_factory);
        _api[Role.Manager] = await world.ManagerA();
        _api[Role.Coordinator] = await world.Coordinator();
        _api[Role.Hr] = await world.Hr();
        _api[Role.Admin] = await world.Admin();
        _api[Role.Employee] = await world.EmployeeASelf();
        foreach (var (role, email) in new[]
                 {
                     (Role.Manager, "leder.a@test.local"), (Role.Coordinator, "koordinator@test.local"), (Role.Hr, "hr@test.local"),
                     (Role.Admin, "admin@test.local"), (Role.Employee, "medarbejder.a@test.local"),
                 })
        {
            _pages[role] = await UiSession.SignedIn(_factory, email);
        }

        var sickCall = await _api[Role.Manager].PostJson(
            "/api/sick-calls", new { employeeId = world.EmployeeA, firstDay = new DateOnly(2026, 3, 13), absenceType = "own_illness" });
        var caseId = (await sickCall.Read<Application.SickCalls.SickCallRegistered>()).CaseId;
        var agreement = await _api[Role.Hr].PostJson(
            $"/api/employees/{world.EmployeeA}/section56-agreements", new { validFrom = new DateOnly(2026, 1, 1) });
        var agreementId = (await agreement.Read<Application.Absences.Section56AgreementDto>()).Id;
        var measurement = await _api[Role.Hr].PostJson(
            "/api/measurements", new { name = "Trivsel", kind = "Wellbeing", fieldedFrom = new DateOnly(2025, 10, 1), fieldedTo = new DateOnly(2025, 10, 31), publishedOn = new DateOnly(2025, 11, 14) });
        var measurementId = (await measurement.Read<Application.Measurements.MeasurementDto>()).Id;
        _ids = new Dictionary<string, string>
        {
            ["{case}"] = caseId.ToString(),
            ["{employee}"] = world.EmployeeA.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["{group}"] = world.GroupA.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["{agreement}"] = agreementId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["{managerB}"] = world.ManagerBId,
            ["{unit}"] = world.UnitA.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["{measurement}"] = measurementId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    [OneTimeTearDown]
    public async Task StopInstallation()
    {
        await _factory.DisposeAsync();
        _factory.DeleteDatabase();
    }

    [TestCaseSource(nameof(ApiCells))]
    public async Task ShouldAnswerEachRoleAsTheTableSays(Call request, Role role, bool allowed)
    {
        var response = await _api[role].SendAsync(request.For(Url(request.Route)));
        var body = await response.Content.ReadAsStringAsync();

        if (allowed)
        {
            Assert.That(response.StatusCode, Is.Not.EqualTo(HttpStatusCode.Forbidden).And.Not.EqualTo(HttpStatusCode.Unauthorized), body);
            Assert.That((int)response.StatusCode, Is.LessThan(500), body);
        }
        else
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), body);
        }
    }

    [TestCaseSource(nameof(PageCells))]
    public async Task ShouldOpenEachPageAsTheTableSays(string page, Role role, bool allowed)
    {
        var answer = await _pages[role].Get(Url(page), follow: false);

        var deniedAnswer = answer.Status == HttpStatusCode.Forbidden || answer.Location?.Contains("/ingen-adgang", StringComparison.Ordinal) == true;
        Assert.That(deniedAnswer, Is.EqualTo(!allowed), $"{(int)answer.Status} {answer.Location}");
        Assert.That((int)answer.Status, Is.LessThan(500));
    }

    [Test]
    public async Task ShouldSendTheAdminFromTheCaseListToTheUsers()
    {
        var answer = await _pages[Role.Admin].Get("/", follow: false);

        Assert.That(answer.Location, Is.EqualTo("/admin/brugere"));
    }

    private string Url(string route) => _ids.Aggregate(route, (url, id) => url.Replace(id.Key, id.Value, StringComparison.Ordinal));

    /// <summary>One request of the table: its method and route, sent with an empty body of its kind.</summary>
    public sealed record Call(string Method, string Route, bool IsCsv = false)
    {
        public static Call Get(string route) => new("GET", route);

        public static Call Post(string route) => new("POST", route);

        public static Call Put(string route) => new("PUT", route);

        public static Call Delete(string route) => new("DELETE", route);

        public static Call Csv(string route) => new("POST", route, IsCsv: true);

        public HttpRequestMessage For(string url) => new(new HttpMethod(Method), url)
        {
            Content = Method is "GET" or "DELETE" ? null
                : IsCsv ? new StringContent("not a csv file", System.Text.Encoding.UTF8, "text/csv")
                : JsonContent.Create(new { }),
        };

        public override string ToString() => $"{Method} {Route}";
    }
}
