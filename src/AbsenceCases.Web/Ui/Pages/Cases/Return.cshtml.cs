using AbsenceCases.Application.Cases.Commands;
using AbsenceCases.Application.Common.Time;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Web.Ui.Localisation;

namespace AbsenceCases.Web.Ui.Pages.Cases;

public sealed class ReturnModel(IMediator mediator, MunicipalClock clock, UiTexts texts)
    : CaseActionPage<RegisterReturn>(mediator, clock, texts)
{
    public override CaseTrigger Trigger => CaseTrigger.RegisterReturn;

    protected override RegisterReturn NewInput() => new(Today);
}
