using AbsenceCases.Application.Common.Time;
using AbsenceCases.Application.Statistics;
using AbsenceCases.Application.Statistics.Indicators;
using AbsenceCases.Web.Ui.Charts;
using AbsenceCases.Web.Ui.Forms;
using AbsenceCases.Web.Ui.Localisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roles = AbsenceCases.Application.Common.Security.Roles;

namespace AbsenceCases.Web.Ui.Pages.Statistics;

/// <summary>
/// The project's success criteria for periods HR chooses (by default the last 12 months against the 12 before):
/// 1) the pilot workplaces' sickness absence against their baseline beside the other workplaces'; 2) every
/// implementation indicator at its target in the project period.
/// </summary>
[Authorize(Roles = $"{Roles.Hr},{Roles.Admin}")]
public sealed class SuccessCriteriaModel(IMediator mediator, MunicipalClock clock, UiTexts texts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? BaselineFrom { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? BaselineTo { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public SuccessCriteria? Criteria { get; private set; }

    public IndicatorReport? Indicators { get; private set; }

    public BarChart? Chart { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var months = StatisticsCharts.MonthsUpTo(clock.Today, IndexModel.Months);
        From ??= months[0].ToString();
        To ??= months[^1].ToString();
        BaselineFrom ??= months[0].AddMonths(-IndexModel.Months).ToString();
        BaselineTo ??= months[^1].AddMonths(-IndexModel.Months).ToString();
        if (!ModelState.IsValid)
        {
            return;
        }

        try
        {
            Criteria = await mediator.Send(new GetSuccessCriteria(BaselineFrom, BaselineTo, From, To), cancellationToken);
            Indicators = await mediator.Send(new GetIndicators(From, To, UnitId: null), cancellationToken);
            var period = texts.Statistics.PeriodOf(Criteria.Baseline.From, Criteria.Project.To);
            Chart = new StatisticsCharts(texts).SuccessCriterion(Criteria.AbsenceRate, period);
        }
        catch (Exception exception) when (FormErrors.TryAdd(ModelState, exception, texts, GetType(), prefix: string.Empty))
        {
        }
    }
}
