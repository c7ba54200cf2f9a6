namespace AbsenceCases.Web.Ui.Pages.Cases;

public sealed class ReopenModel(CaseActionServices services, DeadlinePolicy policy) : CaseActionPage<ReopenCase>(services)
{
    public override CaseTrigger Trigger => CaseTrigger.Reopen;

    public int ReopenWithinDays => policy.Settings.ReopenWithinDays;

    protected override ReopenCase NewInput() => new(Today);
}
