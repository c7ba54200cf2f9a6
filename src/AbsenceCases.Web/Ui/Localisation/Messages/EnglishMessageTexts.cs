namespace AbsenceCases.Web.Ui.Localisation.Messages;

/// <summary>The English catalogue: a template for every message code.</summary>
public static class EnglishMessageTexts
{
    public static readonly IReadOnlyDictionary<string, string> Templates = new Dictionary<string, string>
    {
    };
}
