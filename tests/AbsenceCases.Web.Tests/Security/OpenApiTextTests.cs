using System.Text.Json;

namespace AbsenceCases.Web.Tests.Security;

/// <summary>
/// The OpenAPI document tells a client what the pages tell a user: how long each text may be, and on every note that
/// it never holds a diagnosis (helbredsoplysningsloven § 2).
/// </summary>
public sealed class OpenApiTextTests : ApiTest
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

    [Test]
    public async Task ShouldTakeNoNoteOnASection56Agreement()
    {
        var agreement = (await Schemas()).GetProperty("RegisterSection56Agreement").GetProperty("properties");

        Assert.That(agreement.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "validFrom" }), "dates only (DESIGN.md § 9)");
    }

    private async Task<JsonElement> Schemas() =>
        JsonDocument.Parse(await World.Anonymous().GetStringAsync("/openapi/v1.json")).RootElement.GetProperty("components").GetProperty("schemas");
}
