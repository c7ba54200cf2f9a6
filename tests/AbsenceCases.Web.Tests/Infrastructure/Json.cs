using System.Text.Json;
using System.Text.Json.Serialization;
using AbsenceCases.Domain.Absences;

namespace AbsenceCases.Web.Tests.Infrastructure;

/// <summary>The API's JSON conventions: camelCase, enums by name, absence types as own_illness etc.</summary>
public static class Json
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter<AbsenceType>(JsonNamingPolicy.SnakeCaseLower));
        options.Converters.Add(new JsonStringEnumConverter());
        return options;
    }
}
