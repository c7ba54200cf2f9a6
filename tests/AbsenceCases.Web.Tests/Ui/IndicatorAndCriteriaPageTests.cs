using AbsenceCases.Application.Imports;
using AbsenceCases.Application.Prevention;

namespace AbsenceCases.Web.Tests.Ui;

/// <summary>/statistik/indikatorer and /statistik/succeskriterier: the implementation indicators and the project's success criteria.</summary>
public sealed class IndicatorAndCriteriaPageTests : UiTest
{
    [Test]
    public async Task ShouldShowTheIndicatorsOfTheLastTwelveMonthsAgainstTheirTargets()
    {
        await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today);
        var session = await SignIn(HrEmail);

        var page = await session.Get("/statistik/indikatorer");

        Assert.That((page.ValueOf("From"), page.ValueOf("To")), Is.EqualTo(("2025-04", "2026-03")));
        // The one sick call was registered on its first day: 1 of 1. Group A has met in none of the 50 weeks from
        // Monday 7 April 2025 to Monday 16 March 2026 and lacks a leader and an employee representative. Absence
        // started in 1 of the 12 months: 8.3 %. Nothing else has anything to measure yet.
        Assert.That(Row(page, "sickCallsOnFirstDay"), Is.EqualTo("Sygemeldinger registreret på første sygedag | Sygemelding | 1 af 1 | 100,0 % | 90,0 % | Nået"));
        Assert.That(Row(page, "careContactOnTime"), Is.EqualTo("Omsorgskontakt inden for fristen | Sygemelding | 0 af 0 | – | 90,0 % | Ingen data"));
        Assert.That(Row(page, "weeksWithReview"), Is.EqualTo("Uger med sagsgennemgang i koordineringsgruppen | Sygefraværskoordinering | 0 af 50 | 0,0 % | 80,0 % | Ikke nået"));
        Assert.That(Row(page, "completeCoordinationGroups"), Does.EndWith("| Organisering | 0 af 1 | 0,0 % | 100,0 % | Ikke nået"));
        Assert.That(Row(page, "monthsWithAbsenceData"), Is.EqualTo("Måneder med fraværsdata | Data | 1 af 12 | 8,3 % | 100,0 % | Ikke nået"));
        Assert.That(page.Document.GetElementById("all-met")!.TextContent, Is.EqualTo("Ikke alle indikatorer er på målet."));
        var chart = page.Document.GetElementById("chart-indicators")!;
        Assert.That(chart.GetAttribute("role"), Is.EqualTo("img"));
        Assert.That(chart.QuerySelectorAll("rect.bar.series-0"), Has.Length.EqualTo(4), "a bar for each of the four indicators with a value");
        Assert.That(chart.QuerySelectorAll("rect.bar.series-1"), Has.Length.EqualTo(11), "a target for each indicator");
    }

    [Test]
    public async Task ShouldAnswerAPeriodThatEndsBeforeItBeginsInDanish()
    {
        var session = await SignIn(HrEmail);

        var page = await session.Get("/statistik/indikatorer?From=2026-05&To=2026-03");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.FieldError("To"), Does.EndWith("Må ikke ligge før første måned."));
        Assert.That(page.Document.GetElementById("indicators"), Is.Null);
    }

    [Test]
    public async Task ShouldOpenNeitherTheIndicatorsNorTheSuccessCriteriaToAManager()
    {
        var session = await SignIn(ManagerAEmail);

        var page = await session.Get("/statistik/indikatorer");
        var criteria = await session.Get("/statistik/succeskriterier");
        var statistics = await session.Get("/statistik");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(page.Document.GetElementById("indicators"), Is.Null);
        Assert.That(statistics.Document.QuerySelectorAll("a[href^='/statistik/']"), Is.Empty, "no links to the pages HR alone may open");
        Assert.That(criteria.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(criteria.Document.QuerySelector("h1")!.TextContent, Is.EqualTo("Ingen adgang"));
    }

    [Test]
    public async Task ShouldCompareThePilotWorkplacesWithTheOthersForThePeriodsHrChooses()
    {
        var hr = await World.Hr();
        await (await hr.PostCsv("/api/imports/units", "unit_code;name;kind;parent_code;is_pilot\nSTAT;Statistikområdet;area;TEST;false\nW1;Værkstedet;workplace;STAT;true\nW2;Køkkenet;workplace;STAT;false\n")).Read<ImportResult>();
        await (await hr.PostCsv("/api/imports/employees", "employee_number;name;unit_code;weekly_hours;employed_from;employed_to;staff_group\n" +
            "7001;Ane Ager;W1;37;2024-01-01;;Smed\n7002;Bo Brink;W2;37;2024-01-01;;Kok\n")).Read<ImportResult>();
        await (await hr.PostCsv("/api/imports/absences", "employee_number;first_day;last_day;percent;absence_type\n" +
            "7001;2024-03-04;2024-03-08;100;own_illness\n7001;2024-04-02;2024-04-03;100;own_illness\n7002;2024-03-04;2024-03-04;100;own_illness\n" +
            "7002;2024-04-08;2024-04-11;100;work_injury\n")).Read<ImportResult>();
        var w1 = await World.InDatabase(db => Task.FromResult(db.Units.Single(u => u.Code == "W1").Id));
        await (await hr.PostJson("/api/prevention-initiatives", new { unitId = w1, type = "Other", description = "Supervision", startOn = "2024-04-01" }))
            .Read<InitiativeDto>();
        var session = await SignIn(HrEmail);

        var page = await session.Get("/statistik/succeskriterier?BaselineFrom=2024-03&BaselineTo=2024-03&From=2024-04&To=2024-04");

        // Pilots A (f = 1 + 0.5 + 1 with team A1) and W1 (f = 1): March 2024 has 19 working days, April 21. Pilots: March
        // 5 of 3.5 × 19 = 66.5 days (7.5 %), April 2 of 73.5 (2.7 %), change −4.8. Others (B and W2, f = 2): March 1 of 38
        // (2.6 %), April 4 of 42 (9.5 %), change +6.9. Difference −4.7977 − 6.8922 = −11.7: achieved.
        Assert.That(Rows(page, "criterion-1-table"), Is.EqualTo(new[]
        {
            "Pilotarbejdspladser | 7,5 | 2,7 | -4,8", "Øvrige arbejdspladser | 2,6 | 9,5 | +6,9",
        }));
        Assert.That(page.Document.GetElementById("difference")!.TextContent, Is.EqualTo("-11,7"));
        Assert.That(page.Document.GetElementById("criterion-1")!.TextContent, Is.EqualTo("Opfyldt"));
        // W1 alone: 5 of 19 (26.3 %) and 2 of 21 (9.5 %).
        Assert.That(Rows(page, "pilot-workplaces"), Is.EqualTo(new[] { "Børnehuset A | 0,0 | 0,0 | 0,0", "Værkstedet | 26,3 | 9,5 | -16,8" }));
        var chart = page.Document.GetElementById("chart-criterion")!;
        Assert.That((chart.GetAttribute("role"), chart.QuerySelectorAll("rect.bar").Length), Is.EqualTo(("img", 4)));
        // The pilot workplaces' indicators in April 2024: group A held no review in the 5 weeks (Mondays 1 to 29 April).
        Assert.That(page.Document.GetElementById("criterion-2")!.TextContent, Is.EqualTo("Ikke opfyldt"));
        Assert.That(string.Join(" | ", page.Document.GetElementById("pilot-indicators-weeksWithReview")!.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim())),
            Is.EqualTo("Uger med sagsgennemgang i koordineringsgruppen | Sygefraværskoordinering | 0 af 5 | 0,0 % | 80,0 % | Ikke nået"));
        // The initiative at W1 from 1 April 2024: the 6 months before hold January to March (employed from January):
        // 22 + 21 + 19 = 62 working days, 5 absent (8.1 %); the 6 from April 21 + 21 + 20 + 23 + 22 + 21 = 128, 2 absent (1.6 %).
        Assert.That(Rows(page, "initiative-effects"), Is.EqualTo(new[] { "Supervision (Andet) | Værkstedet | 01.04.2024 | 8,1 | 1,6 | -6,5 | – | –" }));
    }

    [Test]
    public async Task ShouldDefaultToTheLastTwelveMonthsAgainstTheTwelveBeforeAndAnswerOverlappingPeriodsInDanish()
    {
        var session = await SignIn(HrEmail);

        var defaults = await session.Get("/statistik/succeskriterier");
        var overlapping = await session.Get("/statistik/succeskriterier?BaselineFrom=2025-01&BaselineTo=2025-06&From=2025-06&To=2025-12");

        Assert.That(new[] { "BaselineFrom", "BaselineTo", "From", "To" }.Select(defaults.ValueOf), Is.EqualTo(new[] { "2024-04", "2025-03", "2025-04", "2026-03" }));
        Assert.That(defaults.Document.GetElementById("criterion-1"), Is.Not.Null);
        Assert.That(overlapping.FieldError("From"), Does.EndWith("Projektperioden skal begynde efter basisperioden."));
        Assert.That(overlapping.Document.GetElementById("criterion-1"), Is.Null);
    }

    private static string Row(UiPage page, string key) =>
        string.Join(" | ", page.Document.GetElementById($"indicators-{key}")!.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()));

    private static IReadOnlyList<string> Rows(UiPage page, string id) =>
        page.Document.QuerySelectorAll($"#{id} tbody tr").Select(r => string.Join(" | ", r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()))).ToList();
}
