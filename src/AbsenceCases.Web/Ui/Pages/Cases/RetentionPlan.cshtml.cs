namespace AbsenceCases.Web.Ui.Pages.Cases;

public sealed class RetentionPlanModel(CaseActionServices services) : CaseActionPage<MakeRetentionPlan>(services)
{
    public override CaseTrigger Trigger => CaseTrigger.MakeRetentionPlan;

    protected override MakeRetentionPlan NewInput() => new(Today, null);
}
