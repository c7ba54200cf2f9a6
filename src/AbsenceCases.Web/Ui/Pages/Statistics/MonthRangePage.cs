using AbsenceCases.Application.Common.Time;
using AbsenceCases.Domain.Calendar;
using AbsenceCases.Web.Ui.Charts;

namespace AbsenceCases.Web.Ui.Pages.Statistics;

/// <summary>
/// A statistics page asked about a range of months (yyyy-MM, the value of a month input), by default the last 12;
/// the application's answer to bad input is shown on the form beside the field it is about.
/// </summary>
public abstract class MonthRangePage(MunicipalClock clock, UiTexts texts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    protected UiTexts Texts => texts;

    /// <summary>The last 12 months up to and including this month.</summary>
    protected IReadOnlyList<YearMonth> LastMonths => StatisticsCharts.MonthsUpTo(clock.Today, IndexModel.Months);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        From ??= LastMonths[0].ToString();
        To ??= LastMonths[^1].ToString();
        await PrepareAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return;
        }

        try
        {
            await AnswerAsync(cancellationToken);
        }
        catch (Exception exception) when (FormErrors.TryAdd(ModelState, exception, texts, prefix: string.Empty))
        {
        }
    }

    /// <summary>What the form needs whatever the input: defaults, the units to choose from.</summary>
    protected virtual Task PrepareAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Sends the page's requests for the input.</summary>
    protected abstract Task AnswerAsync(CancellationToken cancellationToken);
}
