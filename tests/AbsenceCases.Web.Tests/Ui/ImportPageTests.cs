using System.Text;

namespace AbsenceCases.Web.Tests.Ui;

/// <summary>/import: HR uploads a payroll CSV file to the same import use cases as the API.</summary>
public sealed class ImportPageTests : UiTest
{
    private const string Form = "main form[method='post']";

    [Test]
    public async Task ShouldShowEveryBadLineWithItsColumnAndReasonInDanishAndImportNothing()
    {
        var session = await SignIn(HrEmail);
        var form = await session.Get("/import");
        const string csv = "employee_number;first_day;last_day;percent;absence_type\n1001;2026-02-02;2026-02-04;100;own_illness\n1002;2026-02-31;;100;own_illness\n9999;2026-02-02;;100;flu\n";

        var page = await session.Submit(form, Form, new() { ["Kind"] = "Absences" }, new UploadFile("Upload", "absences.csv", Encoding.UTF8.GetBytes(csv)));

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        var rows = page.Document.QuerySelectorAll("#import-errors tbody tr")
            .Select(r => string.Join(" | ", r.QuerySelectorAll("td").Select(td => td.TextContent))).ToList();
        Assert.That(rows, Does.Contain("3 | first_day | '2026-02-31' er ikke en dato på formen åååå-mm-dd."));
        Assert.That(rows, Does.Contain("4 | employee_number | Ukendt medarbejder '9999'."));
        Assert.That(rows, Does.Contain("4 | absence_type | 'flu' er ikke en af own_illness, child_illness, work_injury."));
        Assert.That(page.Text, Does.Contain("Filen blev afvist, og intet er indlæst."));
        var spells = await World.InDatabase(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Spells));
        Assert.That(spells, Is.Zero);
    }

    [Test]
    public async Task ShouldImportAGoodFileAndShowTheCounts()
    {
        var session = await SignIn(HrEmail);
        var form = await session.Get("/import");
        const string csv = "employee_number;first_day;last_day;percent;absence_type\n1001;2026-02-02;2026-02-04;100;own_illness\n";

        var page = await session.Submit(form, Form, new() { ["Kind"] = "Absences" }, new UploadFile("Upload", "absences.csv", Encoding.UTF8.GetBytes(csv)));

        Assert.That(page.Document.GetElementById("import-result")!.TextContent, Is.EqualTo("Filen er indlæst: 1 nye, 0 ændrede og 0 uændrede rækker."));
    }

    [Test]
    public async Task ShouldAskForTheKindAndTheFileInDanish()
    {
        var session = await SignIn(HrEmail);
        var form = await session.Get("/import");

        var page = await session.Submit(form, Form, new() { ["Kind"] = string.Empty });

        Assert.That(page.FieldError("Kind"), Does.EndWith("Vælg hvad filen indeholder."));
        Assert.That(page.FieldError("Upload"), Does.EndWith("Vælg en fil."));
    }

    [Test]
    public async Task ShouldNotLetAManagerImport()
    {
        var session = await SignIn(ManagerAEmail);

        var page = await session.Get("/import");

        Assert.That(page.Url, Does.StartWith("/ingen-adgang"));
        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(page.Document.QuerySelector("h1")!.TextContent, Is.EqualTo("Ingen adgang"));
        Assert.That(page.Links("nav.main-nav a"), Does.Not.Contain("Import"));
    }

    [Test]
    public async Task ShouldRefuseAnUploadWithoutTheAntiforgeryToken()
    {
        var session = await SignIn(HrEmail);

        var response = await session.Client.PostAsync("/import", new MultipartFormDataContent
        {
            { new StringContent("Units"), "Kind" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("unit_code;name;kind;parent_code;is_pilot\n")), "Upload", "units.csv" },
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }
}
