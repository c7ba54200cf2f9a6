namespace AbsenceCases.Web.Ui.Pages.Cases;

public sealed class GradualReturnModel(CaseActionServices services) : CaseActionPage<RegisterGradualReturn>(services)
{
    public override CaseTrigger Trigger => CaseTrigger.RegisterGradualReturn;

    protected override RegisterGradualReturn NewInput() => new(Today, null);
}
