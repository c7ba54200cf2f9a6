using AbsenceCases.Application.Cases.Commands;
using AbsenceCases.Application.Common.Time;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Web.Ui.Localisation;

namespace AbsenceCases.Web.Ui.Pages.Cases;

public sealed class CoordinationModel(IMediator mediator, MunicipalClock clock, UiTexts texts)
    : CaseActionPage<StartCoordination>(mediator, clock, texts)
{
    public override CaseTrigger Trigger => CaseTrigger.StartCoordination;

    protected override StartCoordination NewInput() => new(Today, null);
}
