using AbsenceCases.Application.Common.Security;
using AbsenceCases.Application.Common.Time;
using AbsenceCases.Application.Measurements;
using AbsenceCases.Application.Statistics;
using AbsenceCases.Domain.Calendar;
using AbsenceCases.Web.Ui.Charts;
using AbsenceCases.Web.Ui.Navigation;

namespace AbsenceCases.Web.Ui.Pages.Statistics;

/// <summary>
/// "Statistik": sickness absence of the last 12 months as server-drawn charts with their numbers — by month against
/// the year before, by workplace, pilot workplaces against the others, and by length of the absence period — for
/// the whole organisation (HR) or a unit within the user's scope, with the exports of the same figures.
/// </summary>
[Sends(typeof(GetAbsenceRate))]
public sealed class IndexModel(IMediator mediator, MunicipalClock clock, UiTexts texts) : PageModel
{
    public const int Months = 12;

    [BindProperty(SupportsGet = true)]
    public int? UnitId { get; set; }

    public IReadOnlyList<UnitDto> Units { get; private set; } = [];

    public IReadOnlyList<YearMonth> Period { get; private set; } = [];

    public DateOnly AsOf { get; private set; }

    public IReadOnlyList<BarChart> Charts { get; private set; } = [];

    /// <summary>The published measurements, newest first, each with its wellbeing against the absence after it.</summary>
    public IReadOnlyList<MeasurementDto> Measurements { get; private set; } = [];

    /// <summary>Whether the user may open the page of another statistics request.</summary>
    public bool MaySee(Type request) => RequestPermissions.Allows(request, User.IsInRole);

    /// <summary>HR and Admin see the whole organisation; others choose among the units they are responsible for.</summary>
    public bool SeesEverything => UiNavigation.IsHrOrAdmin(User);

    public string UnitName => UnitId is { } id ? Units.FirstOrDefault(u => u.Id == id)?.Name ?? string.Empty : texts.Statistics.WholeOrganisation;

    public string PeriodText => texts.Statistics.PeriodOf(texts.Date(Period[0].FirstDay), texts.Date(AsOf));

    public IEnumerable<SelectListItem> UnitChoices => Choices.Units(Units, texts);

    /// <summary>The query of the exports: the same months and unit, by month and unit.</summary>
    public string ExportQuery =>
        $"from={Period[0]}&to={Period[^1]}&groupBy=month,unit{(UnitId is { } id ? $"&unitId={id}" : string.Empty)}";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Units = await mediator.Send(new ListUnitsInScope(), cancellationToken);
        if (UnitId is null && !SeesEverything)
        {
            // A manager or coordinator sees the units they are responsible for; the first of them until they choose.
            UnitId = Units.FirstOrDefault(u => u.ParentId is not { } parent || Units.All(other => other.Id != parent))?.Id;
        }

        Period = StatisticsCharts.MonthsUpTo(clock.Today, Months);
        var (from, to) = (Period[0], Period[^1]);
        var current = await RateAsync(from, to, "month", cancellationToken);
        var yearBefore = await RateAsync(from.AddMonths(-12), to.AddMonths(-12), "month", cancellationToken);
        var byUnit = await RateAsync(from, to, "unit", cancellationToken);
        var byMonthAndUnit = await RateAsync(from, to, "month,unit", cancellationToken);
        var byLength = await RateAsync(from, to, "lengthBand", cancellationToken);
        AsOf = current.AsOf;
        Measurements = (await mediator.Send(new ListMeasurements(), cancellationToken))
            .Where(m => m.PublishedOn <= clock.Today)
            .OrderByDescending(m => m.PublishedOn)
            .ToList();

        var charts = new StatisticsCharts(texts);
        Charts =
        [
            charts.Monthly(Period, current, yearBefore, UnitName),
            charts.ByWorkplace(byUnit, Units, PeriodText),
            charts.PilotsAndOthers(Period, byMonthAndUnit, Units, PeriodText),
            charts.ByLength(byLength, PeriodText),
        ];
    }

    private Task<AbsenceRateReport> RateAsync(YearMonth from, YearMonth to, string groupBy, CancellationToken cancellationToken) =>
        mediator.Send(new GetAbsenceRate(from.ToString(), to.ToString(), UnitId, groupBy, AbsenceType: null), cancellationToken);
}
