using AbsenceCases.Application.Cases.Commands;
using AbsenceCases.Application.Common.Time;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Web.Ui.Forms;
using AbsenceCases.Web.Ui.Localisation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace AbsenceCases.Web.Ui.Pages.Cases;

public sealed class CloseModel(IMediator mediator, MunicipalClock clock, UiTexts texts)
    : CaseActionPage<CloseCase>(mediator, clock, texts)
{
    public override CaseTrigger Trigger => CaseTrigger.Close;

    public IEnumerable<SelectListItem> Reasons => Choices.Of<CloseReason>(Texts);

    protected override CloseCase NewInput() => new(Today, null, null);
}
