namespace AbsenceCases.Web.Ui.Pages.Cases;

/// <summary>The rows of measures on a form: an empty row is not sent.</summary>
public static class MeasureRows
{
    public static MeasureInput Blank() => new(null, null, null, null);

    public static bool IsBlank(this MeasureInput measure) =>
        string.IsNullOrWhiteSpace(measure.Description) && string.IsNullOrWhiteSpace(measure.Responsible) && measure.FollowUpOn is null;
}
