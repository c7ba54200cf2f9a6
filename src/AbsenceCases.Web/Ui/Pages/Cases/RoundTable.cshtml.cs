namespace AbsenceCases.Web.Ui.Pages.Cases;

public sealed class RoundTableModel(CaseActionServices services) : CaseActionPage<HoldRoundTableMeeting>(services)
{
    public override CaseTrigger Trigger => CaseTrigger.HoldRoundTableMeeting;

    protected override HoldRoundTableMeeting NewInput() => new(Today, null);
}
