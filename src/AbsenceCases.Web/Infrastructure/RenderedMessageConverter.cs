using System.Text.Json;
using System.Text.Json.Serialization;

namespace AbsenceCases.Web.Infrastructure;

/// <summary>
/// Writes a message code in an API response as its text in the request's language, so the application's answers
/// (indicator names, inbox messages) go out as they are, without a mirror type per answer.
/// </summary>
public sealed class RenderedMessageConverter(IHttpContextAccessor accessor) : JsonConverter<MessageCode>
{
    public override MessageCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Message codes are written, never read.");

    public override void Write(Utf8JsonWriter writer, MessageCode value, JsonSerializerOptions options) =>
        writer.WriteStringValue((accessor.HttpContext is { } context ? RequestLanguage.TextsFor(context) : UiTexts.Danish).Message(value));
}
