using AbsenceCases.Application.Common.Time;
using AbsenceCases.Application.Organisation;
using AbsenceCases.Application.Statistics.Indicators;
using AbsenceCases.Web.Ui.Charts;
using AbsenceCases.Web.Ui.Forms;
using AbsenceCases.Web.Ui.Localisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roles = AbsenceCases.Application.Common.Security.Roles;

namespace AbsenceCases.Web.Ui.Pages.Statistics;

/// <summary>The implementation indicators of the five elements against their targets, for a range of months and a unit within the scope.</summary>
[Authorize(Roles = $"{Roles.Hr},{Roles.Admin},{Roles.Manager},{Roles.Coordinator}")]
public sealed class IndicatorsModel(IMediator mediator, MunicipalClock clock, UiTexts texts) : PageModel
{
    /// <summary>The first month, yyyy-MM (the month input's value); 12 months back by default.</summary>
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? UnitId { get; set; }

    public IReadOnlyList<UnitDto> Units { get; private set; } = [];

    public IndicatorReport? Report { get; private set; }

    public BarChart? Chart { get; private set; }

    public string AllUnits => User.IsInRole(Roles.Hr) || User.IsInRole(Roles.Admin) ? texts.Statistics.WholeOrganisation : texts.Statistics.AllMyUnits;

    public IEnumerable<SelectListItem> UnitChoices => Choices.Units(Units, texts);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Units = await mediator.Send(new ListUnitsInScope(), cancellationToken);
        var months = StatisticsCharts.MonthsUpTo(clock.Today, IndexModel.Months);
        From ??= months[0].ToString();
        To ??= months[^1].ToString();
        if (!ModelState.IsValid)
        {
            return;
        }

        try
        {
            Report = await mediator.Send(new GetIndicators(From, To, UnitId), cancellationToken);
            Chart = new StatisticsCharts(texts).Indicators(Report, texts.Statistics.PeriodOf(Report.From, Report.To));
        }
        catch (Exception exception) when (FormErrors.TryAdd(ModelState, exception, texts, GetType(), prefix: string.Empty))
        {
        }
    }
}
