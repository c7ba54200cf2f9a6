namespace AbsenceCases.Web.Ui.Localisation.Messages;

/// <summary>The Danish catalogue: a template for every message code.</summary>
public static class DanishMessageTexts
{
    public static readonly IReadOnlyDictionary<string, string> Templates = new Dictionary<string, string>
    {
    };
}
