using AbsenceCases.Application.Common.Time;
using AbsenceCases.Application.Statistics;
using AbsenceCases.Web.Ui.Charts;

namespace AbsenceCases.Web.Ui.Pages.Statistics;

/// <summary>
/// The project's success criteria for periods HR chooses (by default the last 12 months against the 12 before):
/// 1) the pilot workplaces' sickness absence against their baseline beside the other workplaces'; 2) every
/// implementation indicator of the pilot workplaces at its target in the project period; and each prevention
/// initiative's workplace before and after it began.
/// </summary>
[Sends(typeof(GetSuccessCriteria))]
public sealed class SuccessCriteriaModel(IMediator mediator, MunicipalClock clock, UiTexts texts) : MonthRangePage(clock, texts)
{
    [BindProperty(SupportsGet = true)]
    public string? BaselineFrom { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? BaselineTo { get; set; }

    public SuccessCriteria? Criteria { get; private set; }

    public BarChart? Chart { get; private set; }

    protected override Task PrepareAsync(CancellationToken cancellationToken)
    {
        BaselineFrom ??= LastMonths[0].AddMonths(-IndexModel.Months).ToString();
        BaselineTo ??= LastMonths[^1].AddMonths(-IndexModel.Months).ToString();
        return Task.CompletedTask;
    }

    protected override async Task AnswerAsync(CancellationToken cancellationToken)
    {
        Criteria = await mediator.Send(new GetSuccessCriteria(BaselineFrom, BaselineTo, From, To), cancellationToken);
        var period = Texts.Statistics.PeriodOf(Criteria.Baseline.From, Criteria.Project.To);
        Chart = new StatisticsCharts(Texts).SuccessCriterion(Criteria.AbsenceRate, period);
    }
}
