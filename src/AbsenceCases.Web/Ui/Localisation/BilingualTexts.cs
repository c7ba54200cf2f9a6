namespace AbsenceCases.Web.Ui.Localisation;

/// <summary>
/// A section of the UI's texts: each member gives its Danish and its English text side by side, and the section
/// answers in the language it was made for.
/// </summary>
public abstract class BilingualTexts(CultureInfo culture)
{
    private readonly bool english = UiCulture.IsEnglish(culture);

    public static IReadOnlyDictionary<string, string> Keyed(CultureInfo culture, Dictionary<string, (string Danish, string English)> texts) =>
        texts.ToDictionary(pair => pair.Key, pair => UiCulture.IsEnglish(culture) ? pair.Value.English : pair.Value.Danish);

    protected TText Text<TText>(TText danish, TText inEnglish) => english ? inEnglish : danish;
}
