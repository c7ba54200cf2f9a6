namespace AbsenceCases.Web.Ui.Pages.Cases;

/// <summary>
/// The page of each case action; the case page shows one button for each permitted trigger that has one. A receipt of
/// documentation belongs to one request and is offered on its row instead.
/// </summary>
public static class CaseActionPages
{
    public static string? For(CaseTrigger trigger) => trigger switch
    {
        CaseTrigger.RecordCareContact => "/Cases/CareContact",
        CaseTrigger.NotifyMunicipality => "/Cases/MunicipalityNotification",
        CaseTrigger.RequestFastTrack => "/Cases/FastTrack",
        CaseTrigger.MakeRetentionPlan => "/Cases/RetentionPlan",
        CaseTrigger.RecordRetentionPlanRequest => "/Cases/RetentionPlanRequest",
        CaseTrigger.RequestPossibilityStatement => "/Cases/PossibilityStatement",
        CaseTrigger.RequestDocumentation => "/Cases/DocumentationRequest",
        CaseTrigger.HoldRoundTableMeeting => "/Cases/RoundTable",
        CaseTrigger.HoldFirstConversation => "/Cases/FirstConversation",
        CaseTrigger.StartCoordination => "/Cases/Coordination",
        CaseTrigger.AgreePreventionPlan => "/Cases/PreventionPlan",
        CaseTrigger.RegisterGradualReturn => "/Cases/GradualReturn",
        CaseTrigger.RegisterReturn => "/Cases/Return",
        CaseTrigger.Close => "/Cases/Close",
        CaseTrigger.Reopen => "/Cases/Reopen",
        _ => null,
    };
}
