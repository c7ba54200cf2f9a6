using AbsenceCases.Application.Imports;
using AbsenceCases.Application.Measurements;
using AbsenceCases.Domain.Wellbeing;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Measurements;

/// <summary>
/// Measurements and their results: the import is all-or-nothing and a repeat changes nothing; a unit's figures are its
/// subtree's weighted by respondents; no score of fewer than 5 respondents can be seen or worked out. The test
/// municipality TEST → DAG → workplaces A (teams A1 and, imported here, A2) and B.
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class MeasurementApiTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string Header = "unit_code;dimension;score;respondents;invited\n";

    /// <summary>Every unit has at least 5 respondents, so nothing is hidden.</summary>
    private const string AllShown =
        Header +
        "A;Tillid;50;6;8\n" +
        "A1;Tillid;70;9;10\n" +
        "A2;Tillid;90;5;6\n" +
        "B;Tillid;60,5;20;25\n" +
        "A1;Retfærdighed;80;9;10\n";

    [SetUp]
    public async Task AddTeamA2() =>
        await (await World.Hr()).PostCsv("/api/imports/units", "unit_code;name;kind;parent_code;is_pilot\nA2;Stue 2;team;A;false\n");

    [Test]
    public async Task ShouldCreateAndListAMeasurementAndItsFollowUp()
    {
        var hr = await World.Hr();

        var autumn = await Create(hr, "Social kapital efterår 2025", "2025-10-20", "2025-11-07", publishedOn: "2025-12-01");
        var created = await hr.PostJson("/api/measurements", new
        {
            name = "Opfølgning forår 2026", kind = "SocialCapital", fieldedFrom = "2026-04-13", fieldedTo = "2026-04-24", followUpOfId = autumn.Id,
        });
        var list = await (await hr.GetAsync("/api/measurements")).Read<List<MeasurementDto>>();

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var spring = await created.Read<MeasurementDto>();
        Assert.That(created.Headers.Location?.ToString(), Is.EqualTo($"/api/measurements/{spring.Id}"));
        Assert.That(list.Select(m => (m.Name, m.Kind, m.PublishedOn, m.FollowUpOfId)), Is.EqualTo(new[]
        {
            ("Opfølgning forår 2026", MeasurementKind.SocialCapital, (DateOnly?)null, (int?)autumn.Id),
            ("Social kapital efterår 2025", MeasurementKind.SocialCapital, new DateOnly(2025, 12, 1), null),
        }));
    }

    [TestCase("""{"kind":"Osa","fieldedFrom":"2025-10-01","fieldedTo":"2025-10-31"}""", "name", TestName = "no name")]
    [TestCase("""{"name":"M","kind":"Survey","fieldedFrom":"2025-10-01","fieldedTo":"2025-10-31"}""", "kind", TestName = "unknown kind")]
    [TestCase("""{"name":"M","kind":"Osa","fieldedTo":"2025-10-31"}""", "fieldedFrom", TestName = "no start")]
    [TestCase("""{"name":"M","kind":"Osa","fieldedFrom":"2025-10-01","fieldedTo":"2025-09-30"}""", "fieldedTo", TestName = "fielded backwards")]
    [TestCase("""{"name":"M","kind":"Osa","fieldedFrom":"2025-10-01","fieldedTo":"2025-10-31","publishedOn":"2025-10-30"}""", "publishedOn", TestName = "published while fielded")]
    [TestCase("""{"name":"M","kind":"Osa","fieldedFrom":"2025-10-01","fieldedTo":"2025-10-31","followUpOfId":99999}""", "followUpOfId", TestName = "unknown follow-up")]
    public async Task ShouldRejectABadMeasurementNamingTheField(string json, string field)
    {
        var response = await (await World.Hr()).PostRawJson("/api/measurements", json);

        Assert.That(await response.FieldErrors(), Is.EqualTo(new[] { field }));
        Assert.That(await World.InDatabase(db => db.Measurements.CountAsync()), Is.Zero);
    }

    [Test]
    public async Task ShouldRefuseAFollowUpFieldedBeforeTheMeasurementItFollowsUpEnded()
    {
        var hr = await World.Hr();
        var autumn = await Create(hr, "Efterår", "2025-10-20", "2025-11-07");

        var response = await hr.PostJson("/api/measurements", new
        {
            name = "For tidlig", kind = "SocialCapital", fieldedFrom = "2025-11-07", fieldedTo = "2025-11-30", followUpOfId = autumn.Id,
        });

        var problem = await response.Problem(HttpStatusCode.BadRequest);
        Assert.That(problem.Codes(), Is.EqualTo(new[] { "followUpOfId: measurement.followUpBeforeOriginal(fieldedTo: 2025-11-07)" }));
    }

    [Test]
    public async Task ShouldImportResultsAndChangeNothingOnARepeat()
    {
        var hr = await World.Hr();
        var measurement = await Create(hr, "Trivsel 2025", "2025-10-01", "2025-10-31");

        var first = await (await hr.PostCsv($"/api/measurements/{measurement.Id}/results", AllShown)).Read<ImportResult>();
        var stored = await StoredResults(measurement.Id);
        var again = await (await hr.PostCsv($"/api/measurements/{measurement.Id}/results", AllShown)).Read<ImportResult>();

        Assert.That(first, Is.EqualTo(new ImportResult(5, 0, 0)));
        Assert.That(again, Is.EqualTo(new ImportResult(0, 0, 5)));
        Assert.That(await StoredResults(measurement.Id), Is.EqualTo(stored));
        Assert.That(stored, Does.Contain(("B", "Tillid", 60.5m, 20, 25)));
        Assert.That((await (await hr.GetAsync("/api/measurements")).Read<List<MeasurementDto>>()).Single().ResultCount, Is.EqualTo(5));
    }

    [Test]
    public async Task ShouldReplaceTheResultsWithAChangedFile()
    {
        var hr = await World.Hr();
        var measurement = await Create(hr, "Trivsel 2025", "2025-10-01", "2025-10-31");
        await hr.PostCsv($"/api/measurements/{measurement.Id}/results", AllShown);
        var changed = Header +
            "A;Tillid;50;6;8\n" +
            "A1;Tillid;72,25;9;10\n" +
            "A2;Tillid;90;5;6\n" +
            "B;Tillid;60,5;20;25\n" +
            "B;Retfærdighed;75;20;25\n";

        var result = await (await hr.PostCsv($"/api/measurements/{measurement.Id}/results", changed)).Read<ImportResult>();

        Assert.That(result, Is.EqualTo(new ImportResult(1, 1, 3)));
        Assert.That(await StoredResults(measurement.Id), Is.EquivalentTo(new[]
        {
            ("A", "Tillid", 50m, 6, 8), ("A1", "Tillid", 72.25m, 9, 10), ("A2", "Tillid", 90m, 5, 6), ("B", "Tillid", 60.5m, 20, 25),
            ("B", "Retfærdighed", 75m, 20, 25),
        }), "A1's Retfærdighed, which the new file lacks, is gone");
    }

    [Test]
    public async Task ShouldRejectABadResultsFileWholeWithEveryBadLine()
    {
        var hr = await World.Hr();
        var measurement = await Create(hr, "Trivsel 2025", "2025-10-01", "2025-10-31");
        await hr.PostCsv($"/api/measurements/{measurement.Id}/results", AllShown);
        var stored = await StoredResults(measurement.Id);
        const string csv = Header +
            "A;Tillid;55;6;8\n" +
            "NOPE;Tillid;50;6;8\n" +
            "A1;Tillid;100,5;9;10\n" +
            "A2;Tillid;90;7;6\n" +
            "a;Tillid;60;6;8\n" +
            "B;;60;6;8\n" +
            "B;Tillid;60;-1;8\n" +
            "B;Ledelse;33,333;6;8\n" +
            "B;Ledelse;33;6\n";

        var response = await hr.PostCsv($"/api/measurements/{measurement.Id}/results", csv);

        var problem = await response.Problem(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors").EnumerateArray()
            .Select(e => $"{e.GetProperty("line").GetInt32()} {e.GetProperty("column").GetString()}: {e.GetProperty("code").GetString()}").ToList();
        Assert.That(errors, Is.EqualTo(new[]
        {
            "3 unit_code: import.unknownUnit",
            "4 score: measurement.scoreOutOfRange",
            "5 respondents: measurement.respondentsAboveInvited",
            "6 dimension: measurement.dimensionTwice",
            "7 dimension: field.required",
            "8 respondents: import.notAWholeNumber",
            "9 score: measurement.scoreOutOfRange",
            "10 : import.fieldCount",
        }));
        Assert.That(await StoredResults(measurement.Id), Is.EqualTo(stored), "nothing was imported");
    }

    [TestCase("unit_code;dimension;score;respondents\nA;Tillid;50;6\n", "invited", "import.missingColumn", TestName = "a column missing")]
    [TestCase("unit_code;dimension;score;respondents;invited;comment\nA;Tillid;50;6;8;x\n", "comment", "import.unknownColumn", TestName = "an unknown column")]
    [TestCase("", "", "import.emptyFile", TestName = "an empty file")]
    public async Task ShouldRejectAFileWithABadHeader(string csv, string column, string code)
    {
        var hr = await World.Hr();
        var measurement = await Create(hr, "Trivsel 2025", "2025-10-01", "2025-10-31");

        var problem = await (await hr.PostCsv($"/api/measurements/{measurement.Id}/results", csv)).Problem(HttpStatusCode.BadRequest);

        var error = problem.GetProperty("errors").EnumerateArray().Single();
        Assert.That((error.GetProperty("line").GetInt32(), error.GetProperty("column").GetString(), error.GetProperty("code").GetString()),
            Is.EqualTo((1, column, code)));
        Assert.That(await StoredResults(measurement.Id), Is.Empty);
    }

    [Test]
    public async Task ShouldAnswer404ForAnUnknownMeasurement()
    {
        var hr = await World.Hr();

        await (await hr.PostCsv("/api/measurements/99999/results", AllShown)).Problem(HttpStatusCode.NotFound);
        await (await hr.GetAsync("/api/measurements/99999/results")).Problem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ShouldRollAUnitsFiguresUpWeightedByRespondents()
    {
        var hr = await World.Hr();
        var measurement = await Import(AllShown);

        var workplaceA = await (await hr.GetAsync($"/api/measurements/{measurement}/results?unitId={World.UnitA}")).Read<MeasurementResults>();
        var area = await (await hr.GetAsync($"/api/measurements/{measurement}/results?unitId={await UnitId("DAG")}")).Read<MeasurementResults>();

        // A's Tillid: (6 × 50 + 9 × 70 + 5 × 90) / (6 + 9 + 5) = 1380 / 20 = 69 (the plain mean of 50, 70 and 90 is 70).
        // DAG's Tillid: (1380 + 20 × 60.5) / 40 = 2590 / 40 = 64.75.
        var a2 = await UnitId("A2");
        Assert.That(workplaceA.Rows, Is.EqualTo(new[]
        {
            new ResultRow(World.UnitA, "Retfærdighed", 80m, 9, 10, false),
            new ResultRow(World.UnitA, "Tillid", 69m, 20, 24, false),
            new ResultRow(World.TeamA1, "Retfærdighed", 80m, 9, 10, false),
            new ResultRow(World.TeamA1, "Tillid", 70m, 9, 10, false),
            new ResultRow(a2, "Tillid", 90m, 5, 6, false),
        }));
        Assert.That(area.Rows.Where(r => r.Dimension == "Tillid"), Is.EqualTo(new[]
        {
            new ResultRow(await UnitId("DAG"), "Tillid", 64.75m, 40, 49, false),
            new ResultRow(World.UnitA, "Tillid", 69m, 20, 24, false),
            new ResultRow(World.UnitB, "Tillid", 60.5m, 20, 25, false),
        }));
        Assert.That(area.MinRespondents, Is.EqualTo(5));
    }

    [Test]
    public async Task ShouldHideAWorkplaceOfFourRespondentsAndEveryUnitAboveItWhoseScoreWouldGiveItAway()
    {
        var measurement = await Import(Header + "A;Tillid;40;4;5\nB;Tillid;80;12;15\n");

        var municipality = await Results(measurement, await UnitId("TEST"));
        var area = await Results(measurement, await UnitId("DAG"));

        // DAG's score would be (4 × 40 + 12 × 80) / 16; with B's 80 shown, anyone could work A's 40 out. So would TEST's.
        Assert.That(municipality, Is.EqualTo(new[] { new ResultRow(await UnitId("TEST"), "Tillid", null, 16, 20, true), new ResultRow(await UnitId("DAG"), "Tillid", null, 16, 20, true) }));
        Assert.That(area, Is.EqualTo(new[]
        {
            new ResultRow(await UnitId("DAG"), "Tillid", null, 16, 20, true),
            new ResultRow(World.UnitA, "Tillid", null, 4, 5, true),
            new ResultRow(World.UnitB, "Tillid", 80m, 12, 15, false),
        }));
    }

    [Test]
    public async Task ShouldShowAParentWhoseOtherRespondentsAreEnoughToHideASmallTeam()
    {
        var measurement = await Import(Header + "A;Tillid;70;10;12\nA1;Tillid;40;4;10\nB;Tillid;80;12;15\n");

        var workplaceA = await Results(measurement, World.UnitA);
        var area = await Results(measurement, await UnitId("DAG"));

        // A without A1 is 10 respondents, too many to reveal A1: A = (10 × 70 + 4 × 40) / 14 = 860 / 14 = 61.43; DAG = (860 + 960) / 26 = 70.
        Assert.That(workplaceA, Is.EqualTo(new[]
        {
            new ResultRow(World.UnitA, "Tillid", 61.43m, 14, 22, false),
            new ResultRow(World.TeamA1, "Tillid", null, 4, 10, true),
        }));
        Assert.That(area.Select(r => (r.UnitId, r.Score)), Is.EqualTo(new[] { (await UnitId("DAG"), (decimal?)70m), (World.UnitA, 61.43m), (World.UnitB, 80m) }));
    }

    [Test]
    public async Task ShouldHideAParentWhenItsFigureLessItsOtherChildrensGivesASmallTeamAwayAndSoOnUpwards()
    {
        var measurement = await Import(Header + "A1;Tillid;40;4;5\nA2;Tillid;60;8;9\nB;Tillid;80;12;15\n");

        var workplaceA = await Results(measurement, World.UnitA);
        var area = await Results(measurement, await UnitId("DAG"));

        // A = (4 × 40 + 8 × 60) / 12 less A2's 60 gives A1's 40 away; with A hidden, DAG less A2 and B would do the same.
        Assert.That(workplaceA, Is.EqualTo(new[]
        {
            new ResultRow(World.UnitA, "Tillid", null, 12, 14, true),
            new ResultRow(World.TeamA1, "Tillid", null, 4, 5, true),
            new ResultRow(await UnitId("A2"), "Tillid", 60m, 8, 9, false),
        }));
        Assert.That(area.Select(r => (r.UnitId, r.Score, r.Suppressed)), Is.EqualTo(new[]
        {
            (await UnitId("DAG"), (decimal?)null, true), (World.UnitA, null, true), (World.UnitB, 80m, false),
        }));
    }

    [Test]
    public async Task ShouldLetManagersAndCoordinatorsReadTheirOwnUnitsOnly()
    {
        var measurement = await Import(AllShown);
        var manager = await World.ManagerA();
        var coordinator = await World.Coordinator();

        var own = await (await manager.GetAsync($"/api/measurements/{measurement}/results")).Read<MeasurementResults>();
        var team = await (await manager.GetAsync($"/api/measurements/{measurement}/results?unitId={World.TeamA1}")).Read<MeasurementResults>();
        var coordinated = await (await coordinator.GetAsync($"/api/measurements/{measurement}/results")).Read<MeasurementResults>();

        Assert.That((own.UnitId, team.UnitId, coordinated.UnitId), Is.EqualTo((World.UnitA, World.TeamA1, World.UnitA)));
        Assert.That(await (await manager.GetAsync("/api/measurements")).Read<List<MeasurementDto>>(), Has.Count.EqualTo(1));
        await (await manager.GetAsync($"/api/measurements/{measurement}/results?unitId={World.UnitB}")).Problem(HttpStatusCode.Forbidden);
        await (await manager.GetAsync($"/api/measurements/{measurement}/results?unitId={await UnitId("DAG")}")).Problem(HttpStatusCode.Forbidden);
        await (await coordinator.GetAsync($"/api/measurements/{measurement}/results?unitId={World.UnitB}")).Problem(HttpStatusCode.Forbidden);
        await (await (await World.ManagerB()).GetAsync($"/api/measurements/{measurement}/results?unitId={World.UnitA}")).Problem(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task ShouldLetOnlyHrCreateAndImportAndNeitherAdminNorEmployeeRead()
    {
        var measurement = await Import(AllShown);

        foreach (var client in new[] { await World.ManagerA(), await World.Coordinator(), await World.Admin(), await World.EmployeeASelf() })
        {
            await (await client.PostJson("/api/measurements", new { name = "M", kind = "Osa", fieldedFrom = "2026-01-05", fieldedTo = "2026-01-16" }))
                .Problem(HttpStatusCode.Forbidden);
            await (await client.PostCsv($"/api/measurements/{measurement}/results", Header)).Problem(HttpStatusCode.Forbidden);
        }

        foreach (var client in new[] { await World.Admin(), await World.EmployeeASelf() })
        {
            await (await client.GetAsync("/api/measurements")).Problem(HttpStatusCode.Forbidden);
            await (await client.GetAsync($"/api/measurements/{measurement}/results?unitId={World.UnitA}")).Problem(HttpStatusCode.Forbidden);
        }

        Assert.That(await World.InDatabase(db => db.Measurements.CountAsync()), Is.EqualTo(1));
        Assert.That(await StoredResults(measurement), Has.Count.EqualTo(5));
    }

    [Test]
    public async Task ShouldWriteEveryReadAndImportOfResultsToTheAuditLog()
    {
        var measurement = await Import(AllShown);
        await (await World.ManagerA()).GetAsync($"/api/measurements/{measurement}/results");
        await (await World.ManagerA()).GetAsync($"/api/measurements/{measurement}/results?unitId={World.UnitB}");

        var entries = await World.InDatabase(db => db.AuditEntries
            .Where(a => a.Action == "ImportMeasurementResults" || a.Action == "GetMeasurementResults")
            .OrderBy(a => a.Id).Select(a => new { a.Action, a.Allowed }).ToListAsync());

        Assert.That(entries.Select(e => (e.Action, e.Allowed)), Is.EqualTo(new[]
        {
            ("ImportMeasurementResults", true), ("GetMeasurementResults", true), ("GetMeasurementResults", false),
        }));
    }

    [Test]
    public async Task ShouldShowManagersAndCoordinatorsAMeasurementFromTheDayItIsPublished()
    {
        var hr = await World.Hr();
        var today = await Create(hr, "Trivsel i dag", "2026-02-02", "2026-02-27");
        var tomorrow = await Create(hr, "Trivsel i morgen", "2026-02-02", "2026-02-27");
        foreach (var (measurement, day) in new[] { (today, Today), (tomorrow, Today.AddDays(1)) })
        {
            await hr.PostCsv($"/api/measurements/{measurement.Id}/results", AllShown);
            var published = await hr.PostJson($"/api/measurements/{measurement.Id}/publish", new { publishedOn = day });
            Assert.That((await published.Read<MeasurementDto>()).PublishedOn, Is.EqualTo(day));
        }

        Assert.That((await (await hr.GetAsync($"/api/measurements/{tomorrow.Id}")).Read<MeasurementDto>()).ResultCount, Is.EqualTo(5));
        foreach (var reader in new[] { await World.ManagerA(), await World.Coordinator() })
        {
            var list = await (await reader.GetAsync("/api/measurements")).Read<List<MeasurementDto>>();
            Assert.That(list.Select(m => m.Name), Is.EqualTo(new[] { "Trivsel i dag" }));
            Assert.That((await (await reader.GetAsync($"/api/measurements/{today.Id}")).Read<MeasurementDto>()).Name, Is.EqualTo("Trivsel i dag"));
            Assert.That((await (await reader.GetAsync($"/api/measurements/{today.Id}/results?unitId={World.UnitA}")).Read<MeasurementResults>()).Rows,
                Is.Not.Empty);
            await (await reader.GetAsync($"/api/measurements/{tomorrow.Id}")).Problem(HttpStatusCode.NotFound);
            await (await reader.GetAsync($"/api/measurements/{tomorrow.Id}/results?unitId={World.UnitA}")).Problem(HttpStatusCode.NotFound);
        }
    }

    [Test]
    public async Task ShouldFreezeTheResultsOncePublishedAndStillAcceptTheSameFile()
    {
        var measurement = await Import(AllShown);
        var hr = await World.Hr();
        var stored = await StoredResults(measurement);
        var lateRespondent = AllShown.Replace("A;Tillid;50;6;8", "A;Tillid;50;7;8", StringComparison.Ordinal);

        var refused = await hr.PostCsv($"/api/measurements/{measurement}/results", lateRespondent);
        var same = await (await hr.PostCsv($"/api/measurements/{measurement}/results", AllShown)).Read<ImportResult>();

        var problem = await refused.Problem(HttpStatusCode.Conflict);
        Assert.That(problem.Codes(), Is.EqualTo(new[] { "measurement.resultsPublished(publishedOn: 2025-11-14)" }));
        Assert.That(same, Is.EqualTo(new ImportResult(0, 0, 5)));
        Assert.That(await StoredResults(measurement), Is.EqualTo(stored));
    }

    [Test]
    public async Task ShouldImportTheFirstResultsOfAMeasurementPublishedBeforeThey()
    {
        var hr = await World.Hr();
        var measurement = await Create(hr, "Trivsel 2025", "2025-10-01", "2025-10-31", publishedOn: "2025-11-14");

        var result = await (await hr.PostCsv($"/api/measurements/{measurement.Id}/results", AllShown)).Read<ImportResult>();

        Assert.That(result, Is.EqualTo(new ImportResult(5, 0, 0)));
    }

    [TestCase("{}", HttpStatusCode.BadRequest, "publishedOn: field.required", TestName = "no day")]
    [TestCase("""{"publishedOn":"2025-10-30"}""", HttpStatusCode.Conflict, "measurement.publishedBeforeFielded", TestName = "before the fielding ended")]
    public async Task ShouldRefuseABadPublicationAndLeaveTheMeasurementUnpublished(string json, HttpStatusCode status, string code)
    {
        var hr = await World.Hr();
        var measurement = await Create(hr, "Trivsel 2025", "2025-10-01", "2025-10-31");

        var problem = await (await hr.PostRawJson($"/api/measurements/{measurement.Id}/publish", json)).Problem(status);

        Assert.That(problem.Codes(), Is.EqualTo(new[] { code }));
        Assert.That(await World.InDatabase(db => db.Measurements.Select(m => m.PublishedOn).SingleAsync()), Is.Null);
    }

    [Test]
    public async Task ShouldRefuseToPublishAgainOrUnknownMeasurements()
    {
        var measurement = await Import(AllShown);
        var hr = await World.Hr();

        var again = await hr.PostJson($"/api/measurements/{measurement}/publish", new { publishedOn = "2026-03-01" });
        var unknown = await hr.PostJson("/api/measurements/99999/publish", new { publishedOn = "2026-03-01" });

        Assert.That((await again.Problem(HttpStatusCode.Conflict)).Codes(), Is.EqualTo(new[] { "measurement.alreadyPublished(publishedOn: 2025-11-14)" }));
        await unknown.Problem(HttpStatusCode.NotFound);
        Assert.That(await World.InDatabase(db => db.Measurements.Select(m => m.PublishedOn).SingleAsync()), Is.EqualTo(new DateOnly(2025, 11, 14)));
    }

    private static async Task<MeasurementDto> Create(HttpClient hr, string name, string from, string to, string? publishedOn = null) =>
        await (await hr.PostJson("/api/measurements", new { name, kind = "SocialCapital", fieldedFrom = from, fieldedTo = to, publishedOn }))
            .Read<MeasurementDto>();

    /// <summary>A new measurement, published, with these results; its id.</summary>
    private async Task<int> Import(string csv)
    {
        var hr = await World.Hr();
        var measurement = await Create(hr, "Trivsel 2025", "2025-10-01", "2025-10-31", publishedOn: "2025-11-14");
        await (await hr.PostCsv($"/api/measurements/{measurement.Id}/results", csv)).Read<ImportResult>();
        return measurement.Id;
    }

    private async Task<IReadOnlyList<ResultRow>> Results(int measurement, int unitId) =>
        (await (await (await World.Hr()).GetAsync($"/api/measurements/{measurement}/results?unitId={unitId}")).Read<MeasurementResults>()).Rows;

    private Task<int> UnitId(string code) => World.InDatabase(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    private Task<List<(string Unit, string Dimension, decimal Score, int Respondents, int Invited)>> StoredResults(int measurementId) =>
        World.InDatabase(async db =>
            (await db.MeasurementResults.Where(r => r.MeasurementId == measurementId)
                .Join(db.Units, r => r.UnitId, u => u.Id, (r, u) => new { u.Code, r.Dimension, r.Score, r.Respondents, r.Invited })
                .ToListAsync())
            .Select(r => (r.Code, r.Dimension, r.Score, r.Respondents, r.Invited))
            .OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.Dimension, StringComparer.Ordinal)
            .ToList());
}
