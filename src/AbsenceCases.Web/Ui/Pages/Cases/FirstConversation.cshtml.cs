using AbsenceCases.Application.Cases.Commands;
using AbsenceCases.Application.Common.Time;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Web.Ui.Forms;
using AbsenceCases.Web.Ui.Localisation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace AbsenceCases.Web.Ui.Pages.Cases;

/// <summary>The absence conversation (sygefraværssamtale), sygedagpengeloven § 7a.</summary>
public sealed class FirstConversationModel(IMediator mediator, MunicipalClock clock, UiTexts texts)
    : CaseActionPage<HoldFirstConversation>(mediator, clock, texts)
{
    public override CaseTrigger Trigger => CaseTrigger.HoldFirstConversation;

    public IEnumerable<SelectListItem> Forms => Choices.Of<ConversationForm>(Texts);

    protected override HoldFirstConversation NewInput() => new(Today, ConversationForm.InPerson, null, null, false, false, false);
}
