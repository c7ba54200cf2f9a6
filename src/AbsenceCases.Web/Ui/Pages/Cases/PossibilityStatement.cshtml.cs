namespace AbsenceCases.Web.Ui.Pages.Cases;

/// <summary>A possibility statement (mulighedserklæring) was asked of the doctor.</summary>
public sealed class PossibilityStatementModel(CaseActionServices services) : CaseActionPage<RequestPossibilityStatement>(services)
{
    public override CaseTrigger Trigger => CaseTrigger.RequestPossibilityStatement;

    protected override RequestPossibilityStatement NewInput() => new(Today);
}
