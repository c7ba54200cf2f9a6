namespace AbsenceCases.Web.Ui.Pages.Cases;

public sealed class MunicipalityNotificationModel(CaseActionServices services) : CaseActionPage<NotifyMunicipality>(services)
{
    public override CaseTrigger Trigger => CaseTrigger.NotifyMunicipality;

    protected override NotifyMunicipality NewInput() => new(Today);
}
