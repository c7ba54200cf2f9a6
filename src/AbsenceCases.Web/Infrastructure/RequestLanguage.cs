namespace AbsenceCases.Web.Infrastructure;

/// <summary>
/// The language a response is written in: the API follows Accept-Language (Danish unless English is preferred to
/// it), the pages their language cookie.
/// </summary>
public static class RequestLanguage
{
    public static UiTexts TextsFor(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") ? UiTexts.For(UiCulture.FromLanguage(Preferred(context.Request))) : UiTexts.Current;

    private static string? Preferred(HttpRequest request) =>
        request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(language => language.Quality ?? 1)
            .Select(language => language.Value.Value?[..Math.Min(2, language.Value.Length)].ToLowerInvariant())
            .FirstOrDefault(language => language is "da" or "en");
}
