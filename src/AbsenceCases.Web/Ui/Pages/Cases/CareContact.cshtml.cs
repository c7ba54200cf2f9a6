using AbsenceCases.Application.Cases.Commands;
using AbsenceCases.Application.Common.Time;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Web.Ui.Localisation;

namespace AbsenceCases.Web.Ui.Pages.Cases;

public sealed class CareContactModel(IMediator mediator, MunicipalClock clock, UiTexts texts)
    : CaseActionPage<RecordCareContact>(mediator, clock, texts)
{
    public override CaseTrigger Trigger => CaseTrigger.RecordCareContact;

    protected override RecordCareContact NewInput() => new(Today, null);
}
