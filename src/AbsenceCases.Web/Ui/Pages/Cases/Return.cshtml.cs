namespace AbsenceCases.Web.Ui.Pages.Cases;

public sealed class ReturnModel(CaseActionServices services) : CaseActionPage<RegisterReturn>(services)
{
    public override CaseTrigger Trigger => CaseTrigger.RegisterReturn;

    protected override RegisterReturn NewInput() => new(Today);
}
