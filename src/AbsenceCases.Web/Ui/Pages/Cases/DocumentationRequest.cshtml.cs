namespace AbsenceCases.Web.Ui.Pages.Cases;

/// <summary>Documentation (friattest, mulighedserklæring, varighedserklæring, statusattest) asked of the doctor.</summary>
public sealed class DocumentationRequestModel(CaseActionServices services) : CaseActionPage<RequestDocumentation>(services)
{
    public override CaseTrigger Trigger => CaseTrigger.RequestDocumentation;

    public IEnumerable<SelectListItem> Kinds => Choices.Of<DocumentationKind>(Texts);

    protected override RequestDocumentation NewInput() => new(null, Today, null);
}
