using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace AbsenceCases.Web.Tests.Infrastructure;

public static class HttpExtensions
{
    public static Task<HttpResponseMessage> PostJson(this HttpClient client, string url, object body, string? ifMatch = null, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body, options: Json.Options) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostRawJson(this HttpClient client, string url, string json) =>
        client.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));

    public static Task<HttpResponseMessage> PostCsv(this HttpClient client, string url, string csv) =>
        client.PostAsync(url, new StringContent(csv, new UTF8Encoding(false), "text/csv"));

    public static async Task<T> Read<T>(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, $"{(int)response.StatusCode}: {text}");
        return JsonSerializer.Deserialize<T>(text, Json.Options)!;
    }

    public static async Task<JsonElement> Problem(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(expected), text);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), text);
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>The field names of a 400 problem's errors.</summary>
    public static async Task<IReadOnlyList<string>> FieldErrors(this HttpResponseMessage response)
    {
        var problem = await response.Problem(HttpStatusCode.BadRequest);
        return problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
    }

    /// <summary>
    /// A problem's codes as the application names them: "field: code(arg: value, …)", without the field when the code
    /// concerns the whole request, without the parentheses when it has no arguments.
    /// </summary>
    public static IReadOnlyList<string> Codes(this JsonElement problem) =>
        problem.GetProperty("codes").EnumerateArray()
            .Select(entry => entry.TryGetProperty("field", out var field) && field.ValueKind == JsonValueKind.String
                ? $"{field.GetString()}: {Coded(entry)}"
                : Coded(entry))
            .ToList();

    /// <summary>"code(arg: value, …)" of one entry of a problem's codes or of an import's errors.</summary>
    public static string Coded(JsonElement entry)
    {
        var args = entry.GetProperty("args").EnumerateObject().Select(arg => $"{arg.Name}: {ArgText(arg.Value)}").ToList();
        var code = entry.GetProperty("code").GetString();
        return args.Count == 0 ? code! : $"{code}({string.Join(", ", args)})";
    }

    private static string ArgText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Array => $"[{string.Join(", ", value.EnumerateArray().Select(ArgText))}]",
        _ => value.GetRawText(),
    };

    public static HttpClient WithBearer(this HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
