namespace AbsenceCases.Web.Ui.Pages.Cases;

/// <summary>The absence conversation (sygefraværssamtale), sygedagpengeloven § 7a.</summary>
public sealed class FirstConversationModel(CaseActionServices services) : CaseActionPage<HoldFirstConversation>(services)
{
    public override CaseTrigger Trigger => CaseTrigger.HoldFirstConversation;

    public IEnumerable<SelectListItem> Forms => Choices.Of<ConversationForm>(Texts);

    protected override HoldFirstConversation NewInput() => new(Today, ConversationForm.InPerson, null, null, false, false, false);
}
