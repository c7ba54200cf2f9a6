using System.Text.Json;
using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Web.Tests.Security;

/// <summary>
/// The OpenAPI document tells a client what the pages tell a user: how long each text may be, and on every note that
/// it never holds a diagnosis (helbredsoplysningsloven § 2).
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class OpenApiTextTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string Hint = "Never write a diagnosis or other health information (helbredsoplysningsloven § 2";

    private static readonly (string Schema, string Property, int MaxLength)[] Notes =
    [
        ("RegisterSickCall", "note", 2000), ("RecordCareContact", "note", 2000), ("HoldFirstConversation", "note", 2000),
        ("HoldRoundTableMeeting", "note", 2000), ("StartCoordination", "reason", 2000), ("CloseCase", "note", 2000),
        ("MakeRetentionPlan", "content", 4000), ("MeasureInput", "description", 500), ("AddMeasure", "description", 500),
        ("EditMeasure", "description", 500), ("CompleteMeasure", "outcome", 2000), ("DropMeasure", "outcome", 2000),
        ("ReviewItemInput", "note", 2000), ("CreateInitiative", "description", 1000),
        ("UpdateInitiative", "description", 1000),
    ];

    private static readonly (string Schema, string Property, int MaxLength)[] Names =
    [
        ("RegisterSickCall", "employeeNumber", 50), ("MeasureInput", "responsible", 200), ("AddMeasure", "responsibleUserId", 450),
        ("CreateCoordinationGroup", "name", 200), ("GroupMemberInput", "name", 200), ("GroupMemberInput", "userId", 450),
        ("CreateUser", "displayName", 200), ("CreateUser", "email", 256), ("CreateUser", "password", 128), ("UpdateUser", "displayName", 200),
    ];

    [Test]
    public async Task ShouldLimitEveryNoteAndWarnAgainstADiagnosis()
    {
        var schemas = await Schemas();

        Assert.Multiple(() =>
        {
            foreach (var (schema, property, maxLength) in Notes)
            {
                var text = schemas.GetProperty(schema).GetProperty("properties").GetProperty(property);
                Assert.That(text.GetProperty("maxLength").GetInt32(), Is.EqualTo(maxLength), $"{schema}.{property}");
                Assert.That(text.TryGetProperty("description", out var description) ? description.GetString() : null, Does.StartWith(Hint), $"{schema}.{property}");
            }
        });
    }

    [Test]
    public async Task ShouldLimitEveryNameWithoutCallingItANote()
    {
        var schemas = await Schemas();

        Assert.Multiple(() =>
        {
            foreach (var (schema, property, maxLength) in Names)
            {
                var text = schemas.GetProperty(schema).GetProperty("properties").GetProperty(property);
                Assert.That(text.GetProperty("maxLength").GetInt32(), Is.EqualTo(maxLength), $"{schema}.{property}");
                Assert.That(text.TryGetProperty("description", out _), Is.False, $"{schema}.{property}");
            }

            var attendee = schemas.GetProperty("RecordReview").GetProperty("properties").GetProperty("attendees").GetProperty("items");
            Assert.That(attendee.GetProperty("maxLength").GetInt32(), Is.EqualTo(200), "RecordReview.attendees[]");
        });
    }

    /// <summary>Walks every request body of the document, its nested schemas included, so a new note cannot go without the hint.</summary>
    [Test]
    public async Task ShouldWarnAgainstADiagnosisOnEveryNoteARequestTakes()
    {
        var document = JsonDocument.Parse(await World.Anonymous().GetStringAsync("/openapi/v1.json")).RootElement;
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var requests = new HashSet<string>();
        foreach (var body in document.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject())
                     .Where(operation => operation.Value.TryGetProperty("requestBody", out _))
                     .Select(operation => operation.Value.GetProperty("requestBody")))
        {
            CollectReferences(body, schemas, requests);
        }

        var notes = requests
            .SelectMany(schema => schemas.GetProperty(schema).TryGetProperty("properties", out var properties)
                ? properties.EnumerateObject().Select(p => (Schema: schema, Property: p.Name, Text: p.Value))
                : [])
            .Where(p => IsFreeText(p.Text) && NoteNames.Any(n => p.Property.Contains(n, StringComparison.OrdinalIgnoreCase)))
            .ToList();

        Assert.That(notes.Select(n => n.Schema), Does.Contain("RecordReview").Or.Contain("ReviewItemInput"), "nested schemas are walked");
        Assert.That(notes, Has.Count.GreaterThanOrEqualTo(Notes.Length));
        Assert.That(
            notes.Where(n => !(n.Text.TryGetProperty("description", out var description) && description.GetString()!.StartsWith(Hint, StringComparison.Ordinal)))
                .Select(n => $"{n.Schema}.{n.Property}"),
            Is.Empty);
    }

    [Test]
    public async Task ShouldTakeNoNoteOnASection56Agreement()
    {
        var agreement = (await Schemas()).GetProperty("RegisterSection56Agreement").GetProperty("properties");

        Assert.That(agreement.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "validFrom" }), "dates only (DESIGN.md § 9)");
    }

    private static readonly string[] NoteNames = ["note", "reason", "outcome", "description", "content"];

    /// <summary>A string without a format or a list of values: not a date, an id or a choice such as a close reason.</summary>
    private static bool IsFreeText(JsonElement property) =>
        property.TryGetProperty("type", out var type)
        && (type.ValueKind == JsonValueKind.String ? type.GetString() == "string" : type.EnumerateArray().Any(t => t.GetString() == "string"))
        && !property.TryGetProperty("format", out _) && !property.TryGetProperty("enum", out _);

    private static void CollectReferences(JsonElement element, JsonElement schemas, HashSet<string> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "$ref" && property.Value.GetString() is { } reference && found.Add(reference[(reference.LastIndexOf('/') + 1)..]))
                    {
                        CollectReferences(schemas.GetProperty(reference[(reference.LastIndexOf('/') + 1)..]), schemas, found);
                    }
                    else
                    {
                        CollectReferences(property.Value, schemas, found);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    CollectReferences(item, schemas, found);
                }

                break;
        }
    }

    private async Task<JsonElement> Schemas() =>
        JsonDocument.Parse(await World.Anonymous().GetStringAsync("/openapi/v1.json")).RootElement.GetProperty("components").GetProperty("schemas");
}
