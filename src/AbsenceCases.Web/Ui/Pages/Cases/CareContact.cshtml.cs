namespace AbsenceCases.Web.Ui.Pages.Cases;

public sealed class CareContactModel(CaseActionServices services) : CaseActionPage<RecordCareContact>(services)
{
    public override CaseTrigger Trigger => CaseTrigger.RecordCareContact;

    protected override RecordCareContact NewInput() => new(Today, null);
}
