namespace AbsenceCases.Web.Ui.Pages.Cases;

public sealed class CoordinationModel(CaseActionServices services) : CaseActionPage<StartCoordination>(services)
{
    public override CaseTrigger Trigger => CaseTrigger.StartCoordination;

    protected override StartCoordination NewInput() => new(Today, null);
}
