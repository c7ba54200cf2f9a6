namespace AbsenceCases.Web.Ui.Pages.Cases;

public sealed class CloseModel(CaseActionServices services) : CaseActionPage<CloseCase>(services)
{
    public override CaseTrigger Trigger => CaseTrigger.Close;

    public IEnumerable<SelectListItem> Reasons => Choices.Of<CloseReason>(Texts);

    protected override CloseCase NewInput() => new(Today, null, null);
}
