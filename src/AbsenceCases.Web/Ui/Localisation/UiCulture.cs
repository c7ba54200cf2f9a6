using Microsoft.AspNetCore.Localization;

namespace AbsenceCases.Web.Ui.Localisation;

/// <summary>The UI's two languages: Danish by default, English when the language cookie asks for it.</summary>
public static class UiCulture
{
    public static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string CookieName => CookieRequestCultureProvider.DefaultCookieName;

    public static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";

    /// <summary>"da" or "en" to the culture; anything else is Danish.</summary>
    public static CultureInfo FromLanguage(string? language) => language == "en" ? English : Danish;

    public static string CookieValue(CultureInfo culture) => CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture));

    /// <summary>Only the cookie chooses the language; the browser's Accept-Language does not, so Danish stays the default.</summary>
    public static RequestLocalizationOptions LocalisationOptions() => new()
    {
        DefaultRequestCulture = new RequestCulture(Danish),
        SupportedCultures = [Danish, English],
        SupportedUICultures = [Danish, English],
        RequestCultureProviders = [new CookieRequestCultureProvider()],
    };
}
