namespace AbsenceCases.Web.Ui;

/// <summary>The one-line confirmation the next page shows after a form was sent (TempData, so it survives the redirect).</summary>
public static class UiFlash
{
    public const string Key = "Flash";
}
