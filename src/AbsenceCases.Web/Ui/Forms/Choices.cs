namespace AbsenceCases.Web.Ui.Forms;

/// <summary>The values of an enum as a select's options: the value's name as the option's value, its text in the UI's language.</summary>
public static class Choices
{
    public static IEnumerable<SelectListItem> Of<TEnum>(UiTexts texts)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(value => new SelectListItem(texts.Name(value), value.ToString()));

    /// <summary>Units as a select's options, in tree order, each with its kind: "Børnehuset A (Arbejdsplads)".</summary>
    public static IEnumerable<SelectListItem> Units(IEnumerable<UnitDto> units, UiTexts texts) =>
        units.Select(u => new SelectListItem($"{u.Name} ({texts.Name(u.Kind)})", u.Id.ToString(UiCulture.Danish)));
}
