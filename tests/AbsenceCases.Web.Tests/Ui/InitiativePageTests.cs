using AbsenceCases.Application.Prevention;
using AbsenceCases.Domain.Prevention;

namespace AbsenceCases.Web.Tests.Ui;

/// <summary>/forebyggelse: the workplaces' prevention initiatives, created, changed and deleted by HR.</summary>
public sealed class InitiativePageTests : UiTest
{
    private const string Form = "#initiative-form";

    [Test]
    public async Task ShouldLimitTheDescriptionAndWarnAgainstHealthInformation()
    {
        var session = await SignIn(HrEmail);

        var form = await session.Get("/forebyggelse/indsats");

        var description = form.Document.GetElementById("Input_Description")!;
        Assert.That(description.GetAttribute("maxlength"), Is.EqualTo("1000"));
        Assert.That(form.Document.GetElementById(description.GetAttribute("aria-describedby")!)!.TextContent,
            Is.EqualTo("Skriv aldrig en diagnose eller andre helbredsoplysninger (helbredsoplysningsloven § 2)."));
    }

    [Test]
    public async Task ShouldCreateChangeAndDeleteAnInitiative()
    {
        var session = await SignIn(HrEmail);
        var list = await session.Get("/forebyggelse");
        Assert.That(list.Text, Does.Contain("Der er ingen forebyggende indsatser."));
        var form = await session.Get(list.Document.QuerySelector("main a.button")!.GetAttribute("href")!);
        Assert.That(form.Links("#Input_Type option"), Does.Contain("Arbejdspladsvurdering (APV)"));

        var created = await session.Submit(form, Form, new()
        {
            ["Input.UnitId"] = $"{World.UnitA}",
            ["Input.Type"] = "WorkEnvironmentAssessment",
            ["Input.Description"] = "APV med fokus på løft",
            ["Input.StartOn"] = "2026-04-01",
        });
        Assert.That(created.Flash, Is.EqualTo("Indsatsen er oprettet."));
        var row = created.Document.QuerySelectorAll("#initiatives tbody tr th, #initiatives tbody tr td").Take(5).Select(c => c.TextContent).ToList();
        Assert.That(row, Is.EqualTo(new[] { "APV med fokus på løft", "Børnehuset A", "Arbejdspladsvurdering (APV)", "01.04.2026", "løbende" }));

        var edit = await session.Get(created.Document.QuerySelector("#initiatives tbody a")!.GetAttribute("href")!);
        Assert.That(edit.ValueOf("Input_Description"), Is.EqualTo("APV med fokus på løft"));
        Assert.That(edit.Document.GetElementById("Input_UnitId"), Is.Null, "an initiative stays at its workplace");
        var changed = await session.Submit(edit, Form, new() { ["Input.EndOn"] = "2026-06-30", ["Input.Type"] = "Other" });
        Assert.That(changed.Flash, Is.EqualTo("Indsatsen er gemt."));
        var initiative = (await Initiatives()).Single();
        Assert.That((initiative.UnitId, initiative.Type, initiative.EndOn), Is.EqualTo((World.UnitA, InitiativeType.Other, (DateOnly?)new DateOnly(2026, 6, 30))));

        var confirm = await session.Get(changed.Document.QuerySelectorAll("#initiatives tbody a")[1].GetAttribute("href")!);
        Assert.That(confirm.Text, Does.Contain("Vil du slette indsatsen?"));
        var deleted = await session.Submit(confirm, "#delete-form");
        Assert.That(deleted.Flash, Is.EqualTo("Indsatsen er slettet."));
        Assert.That(await Initiatives(), Is.Empty);
    }

    [Test]
    public async Task ShouldAnswerABadInitiativeInDanish()
    {
        var session = await SignIn(HrEmail);
        var form = await session.Get("/forebyggelse/indsats");

        var empty = await session.Submit(form, Form);
        var backwards = await session.Submit(form, Form, new()
        {
            ["Input.UnitId"] = $"{World.UnitA}", ["Input.Type"] = "Other", ["Input.Description"] = "Noget",
            ["Input.StartOn"] = "2026-04-01", ["Input.EndOn"] = "2026-03-31",
        });
        var notAWorkplace = await session.Post("/forebyggelse/indsats", new()
        {
            ["__RequestVerificationToken"] = form.Token, ["Input.UnitId"] = $"{World.TeamA1}", ["Input.Type"] = "Other",
            ["Input.Description"] = "Noget", ["Input.StartOn"] = "2026-04-01",
        });

        Assert.That(empty.FieldError("Input_UnitId"), Does.EndWith("Skal udfyldes."));
        Assert.That(empty.FieldError("Input_Type"), Does.EndWith("Skal udfyldes."));
        Assert.That(empty.FieldError("Input_Description"), Does.EndWith("Skal udfyldes."));
        Assert.That(empty.FieldError("Input_StartOn"), Does.EndWith("Skal udfyldes."));
        Assert.That(backwards.FieldError("Input_EndOn"), Does.EndWith("Skal ligge på eller efter startdatoen."));
        Assert.That(notAWorkplace.FieldError("Input_UnitId"), Does.EndWith("En indsats hører til en arbejdsplads."));
        Assert.That(await Initiatives(), Is.Empty);
    }

    [Test]
    public async Task ShouldNotOpenTheInitiativesToAManager()
    {
        var id = await Create(World.UnitA, "Supervision hver 14. dag");
        var session = await SignIn(ManagerAEmail);

        var list = await session.Get("/forebyggelse");
        var edit = await session.Get($"/forebyggelse/indsats/{id}");
        var delete = await session.Get($"/forebyggelse/indsats/{id}/slet");

        Assert.That(list.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(list.Document.GetElementById("initiatives"), Is.Null);
        Assert.That(edit.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(delete.Status, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ShouldRefuseADeleteWithoutTheTokenAndAnswer404ForAnUnknownInitiative()
    {
        var id = await Create(World.UnitA, "Supervision");
        var session = await SignIn(HrEmail);

        var withoutToken = await session.Post($"/forebyggelse/indsats/{id}/slet", []);
        var createWithoutToken = await session.Post("/forebyggelse/indsats", new()
        {
            ["Input.UnitId"] = $"{World.UnitA}", ["Input.Type"] = "Other", ["Input.Description"] = "Uden token", ["Input.StartOn"] = "2026-04-01",
        });
        var unknown = await session.Get("/forebyggelse/indsats/99999");

        Assert.That(withoutToken.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(createWithoutToken.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(unknown.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await Initiatives(), Has.Count.EqualTo(1));
    }

    private async Task<int> Create(int unitId, string description) =>
        (await (await (await World.Hr()).PostJson("/api/prevention-initiatives", new { unitId, type = "Other", description, startOn = Today })).Read<InitiativeDto>()).Id;

    private async Task<List<InitiativeDto>> Initiatives() =>
        await (await (await World.Hr()).GetAsync("/api/prevention-initiatives")).Read<List<InitiativeDto>>();
}
