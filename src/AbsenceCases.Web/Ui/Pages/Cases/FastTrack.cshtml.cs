namespace AbsenceCases.Web.Ui.Pages.Cases;

public sealed class FastTrackModel(CaseActionServices services) : CaseActionPage<RequestFastTrack>(services)
{
    public override CaseTrigger Trigger => CaseTrigger.RequestFastTrack;

    protected override RequestFastTrack NewInput() => new(Today);
}
