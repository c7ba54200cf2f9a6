using AbsenceCases.Application.Cases.Commands;
using AbsenceCases.Application.Common.Time;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Web.Ui.Localisation;

namespace AbsenceCases.Web.Ui.Pages.Cases;

public sealed class ReopenModel(IMediator mediator, MunicipalClock clock, UiTexts texts, DeadlinePolicy policy)
    : CaseActionPage<ReopenCase>(mediator, clock, texts)
{
    public override CaseTrigger Trigger => CaseTrigger.Reopen;

    public int ReopenWithinDays => policy.Settings.ReopenWithinDays;

    protected override ReopenCase NewInput() => new(Today);
}
