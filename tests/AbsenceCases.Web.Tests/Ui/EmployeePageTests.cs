using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Ui;

/// <summary>/medarbejdere/{id}: employments, § 56 agreements registered and ended, and the absence pattern.</summary>
public sealed class EmployeePageTests : UiTest
{
    [Test]
    public async Task ShouldShowTheEmploymentsAndTheAbsencePattern()
    {
        await (await World.Hr()).PostCsv("/api/imports/absences", TwoShortAbsences);
        var session = await SignIn(ManagerAEmail);

        var page = await session.Get($"/medarbejdere/{World.EmployeeA1}");
        var anna = await session.Get($"/medarbejdere/{World.EmployeeA}");

        Assert.That(page.Document.QuerySelector("h1")!.TextContent, Is.EqualTo("Bo Bech"));
        var employment = page.Document.QuerySelectorAll("#employment-table tbody tr td, #employment-table tbody tr th").Select(c => c.TextContent).ToList();
        Assert.That(employment, Is.EqualTo(new[] { "Stue 1", "18,5", "01.08.2021", "fortsat", "Pædagog", "" }));
        Assert.That(page.Document.GetElementById("concurrent-employments"), Is.Null, "one employment today is not shown twice");
        // Two one-day periods in the year: S = 2, D = 2, Bradford factor 2² × 2 = 8; two periods are not frequent.
        Assert.That(anna.Document.QuerySelectorAll("#absence-pattern dd").Select(dd => dd.TextContent), Is.EqualTo(new[] { "2", "2", "8", "Nej" }));
        Assert.That(anna.Text, Does.Contain("Medarbejderen har ingen § 56-aftaler."));
    }

    [Test]
    public async Task ShouldShowConcurrentEmploymentsTodaySideBySideAboveTheHistory()
    {
        var employeeId = await ImportConcurrentEmployee();
        var session = await SignIn(ManagerBEmail);

        var page = await session.Get($"/medarbejdere/{employeeId}");
        await session.Submit(page, "form[action='/sprog']");
        var english = await session.Get($"/medarbejdere/{employeeId}");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK), "the manager of the smaller employment sees the employee");
        Assert.That(Rows(page, "#concurrent-employments"), Is.EqualTo(new[]
        {
            new[] { "Enhed", "Børnehuset A", "Børnehuset B" },
            new[] { "Timer pr. uge", "20", "17" },
            new[] { "Personalegruppe", "Pædagog", "Pædagogmedhjælper" },
            new[] { "Ansættelsesnr.", "3001-1", "3001-2" },
            new[] { "Fra", "01.01.2024", "01.08.2025" },
        }));
        Assert.That(Rows(page, "#employment-table").Skip(1), Is.EqualTo(new[]
        {
            new[] { "Stue 1", "37", "01.01.2020", "31.12.2023", "Pædagog", "3001-1" },
            new[] { "Børnehuset A", "20", "01.01.2024", "fortsat", "Pædagog", "3001-1" },
            new[] { "Børnehuset B", "17", "01.08.2025", "fortsat", "Pædagogmedhjælper", "3001-2" },
        }));
        Assert.That(page.Document.QuerySelectorAll("main h2").Select(h => h.TextContent).Take(2),
            Is.EqualTo(new[] { "Samtidige ansættelser i dag", "Alle ansættelser" }));
        Assert.That(english.Document.QuerySelector("#concurrent")!.TextContent, Is.EqualTo("Concurrent employments today"));
        Assert.That(Rows(english, "#concurrent-employments")[3][0], Is.EqualTo("Employment no."));
    }

    [Test]
    public async Task ShouldRegisterASection56AgreementThatLeavesTheCoveredAbsenceOutOfThePattern()
    {
        await (await World.Hr()).PostCsv("/api/imports/absences", TwoShortAbsences);
        var session = await SignIn(ManagerAEmail);
        var form = await session.Get($"/medarbejdere/{World.EmployeeA}");

        var page = await session.Submit(form, "#register-agreement", new() { ["Register.ValidFrom"] = "2025-10-01" });

        Assert.That(page.Flash, Is.EqualTo("§ 56-aftalen er registreret."), page.Text);
        var row = page.Document.QuerySelectorAll("#agreements tbody tr th, #agreements tbody tr td").Select(c => c.TextContent).ToList();
        // Valid two years: 1 October 2025 to 30 September 2027.
        Assert.That(row, Is.EqualTo(new[] { "01.10.2025", "30.09.2027", "", "Ja" }));
        Assert.That(page.Document.QuerySelectorAll("#register-agreement textarea, #register-agreement input[type=text]"), Is.Empty, "the agreement takes dates only");
        Assert.That(page.Document.QuerySelectorAll("#absence-pattern dd").Select(dd => dd.TextContent), Is.EqualTo(new[] { "0", "0", "0", "Nej" }),
            "both periods are covered by the agreement");
    }

    [Test]
    public async Task ShouldEndAnAgreementAndExplainADayOutsideItInDanish()
    {
        var session = await SignIn(HrEmail);
        await session.Submit(await session.Get($"/medarbejdere/{World.EmployeeA}"), "#register-agreement", new() { ["Register.ValidFrom"] = "2025-10-01" });
        var form = await session.Get($"/medarbejdere/{World.EmployeeA}");
        var agreementId = form.Document.QuerySelector("#agreements tbody tr")!.Id!["agreement-".Length..];

        var tooEarly = await session.Submit(form, "form.end-agreement", new() { [$"End[{agreementId}].On"] = "2025-09-30" });
        var ended = await session.Submit(form, "form.end-agreement", new() { [$"End[{agreementId}].On"] = Iso(Today.AddDays(-1)) });

        Assert.That(tooEarly.SummaryErrors, Is.EqualTo(new[] { "Aftalen gælder fra 01.10.2025 til 30.09.2027 og kan kun afsluttes inden for den tid." }));
        Assert.That(ended.Flash, Is.EqualTo("§ 56-aftalen er afsluttet."));
        var row = ended.Document.QuerySelectorAll("#agreements tbody tr th, #agreements tbody tr td").Select(c => c.TextContent).ToList();
        Assert.That(row.Take(4), Is.EqualTo(new[] { "01.10.2025", "30.09.2027", "15.03.2026", "Nej" }));
        Assert.That(ended.Document.QuerySelectorAll("form.end-agreement"), Is.Empty, "an ended agreement cannot end again");
    }

    [Test]
    public async Task ShouldAnswerAMissingDateInDanishAndAnOverlapAsAConflict()
    {
        var session = await SignIn(ManagerAEmail);
        var form = await session.Get($"/medarbejdere/{World.EmployeeA}");
        await session.Submit(form, "#register-agreement", new() { ["Register.ValidFrom"] = "2025-10-01" });

        var missing = await session.Submit(form, "#register-agreement", new() { ["Register.ValidFrom"] = string.Empty });
        var overlap = await session.Submit(form, "#register-agreement", new() { ["Register.ValidFrom"] = "2026-01-01" });

        Assert.That(missing.FieldError("Register_ValidFrom"), Does.EndWith("Skal udfyldes."));
        Assert.That(overlap.SummaryErrors, Is.EqualTo(new[] { "Medarbejderen har allerede en § 56-aftale i perioden." }));
    }

    [Test]
    public async Task ShouldLetACoordinatorReadButNotRegisterAndKeepOtherUnitsOut()
    {
        var coordinator = await SignIn(CoordinatorEmail);
        var managerB = await SignIn(ManagerBEmail);

        var page = await coordinator.Get($"/medarbejdere/{World.EmployeeA}");
        var foreign = await managerB.Get($"/medarbejdere/{World.EmployeeA}");
        var unknown = await managerB.Get("/medarbejdere/99999");
        var withoutToken = await (await SignIn(ManagerAEmail)).Post($"/medarbejdere/{World.EmployeeA}?handler=Register", new() { ["Register.ValidFrom"] = "2025-10-01" });

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Document.GetElementById("register-agreement"), Is.Null);
        Assert.That(foreign.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(unknown.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(withoutToken.Status, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    private async Task<int> ImportConcurrentEmployee()
    {
        const string csv =
            "employee_number;name;unit_code;weekly_hours;employed_from;employed_to;staff_group;employment_id\n" +
            "3001;Eva Frost;A1;37;2020-01-01;2023-12-31;Pædagog;3001-1\n" +
            "3001;Eva Frost;A;20;2024-01-01;;Pædagog;3001-1\n" +
            "3001;Eva Frost;B;17;2025-08-01;;Pædagogmedhjælper;3001-2\n";
        (await (await World.Hr()).PostCsv("/api/imports/employees", csv)).EnsureSuccessStatusCode();
        return await World.InDatabase(db => db.Employees.Where(e => e.EmployeeNumber == "3001").Select(e => e.Id).SingleAsync());
    }

    private static List<string[]> Rows(UiPage page, string table) =>
        page.Document.QuerySelectorAll($"{table} tr")
            .Select(row => row.Children.Select(cell => cell.TextContent.Trim()).ToArray())
            .ToList();
}
