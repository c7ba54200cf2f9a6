using AbsenceCases.Application.Common.Time;
using AbsenceCases.Application.Statistics.Indicators;
using AbsenceCases.Web.Ui.Charts;
using AbsenceCases.Web.Ui.Navigation;

namespace AbsenceCases.Web.Ui.Pages.Statistics;

/// <summary>The implementation indicators of the five elements against their targets, for a range of months and a unit within the scope.</summary>
[Sends(typeof(GetIndicators))]
public sealed class IndicatorsModel(IMediator mediator, MunicipalClock clock, UiTexts texts) : MonthRangePage(clock, texts)
{
    [BindProperty(SupportsGet = true)]
    public int? UnitId { get; set; }

    public IReadOnlyList<UnitDto> Units { get; private set; } = [];

    public IndicatorReport? Report { get; private set; }

    public BarChart? Chart { get; private set; }

    public string AllUnits => UiNavigation.IsHrOrAdmin(User) ? Texts.Statistics.WholeOrganisation : Texts.Statistics.AllMyUnits;

    public IEnumerable<SelectListItem> UnitChoices => Choices.Units(Units, Texts);

    protected override async Task PrepareAsync(CancellationToken cancellationToken) =>
        Units = await mediator.Send(new ListUnitsInScope(), cancellationToken);

    protected override async Task AnswerAsync(CancellationToken cancellationToken)
    {
        Report = await mediator.Send(new GetIndicators(From, To, UnitId), cancellationToken);
        Chart = new StatisticsCharts(Texts).Indicators(Report, Texts.Statistics.PeriodOf(Report.From, Report.To));
    }
}
