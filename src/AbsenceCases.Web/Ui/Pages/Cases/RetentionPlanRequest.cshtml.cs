namespace AbsenceCases.Web.Ui.Pages.Cases;

/// <summary>The employee asked for a retention plan (sygedagpengeloven § 7b).</summary>
public sealed class RetentionPlanRequestModel(CaseActionServices services) : CaseActionPage<RecordRetentionPlanRequest>(services)
{
    public override CaseTrigger Trigger => CaseTrigger.RecordRetentionPlanRequest;

    protected override RecordRetentionPlanRequest NewInput() => new(Today);
}
