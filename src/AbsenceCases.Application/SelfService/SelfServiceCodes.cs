namespace AbsenceCases.Application.SelfService;

/// <summary>The refusals of employee self-service.</summary>
[MessageCodes]
public static class SelfServiceCodes
{
    /// <summary>The signed-in user has the Employee role but no employee is linked to their account.</summary>
    public const string NotLinked = "selfService.notLinked";

    /// <summary>The installation has the employee call the manager instead (SelfService:ReportReturn is off).</summary>
    public const string ReturnReportedByManager = "selfService.returnReportedByManager";

    /// <summary>The employee has no open case to end.</summary>
    public const string NoOpenCase = "selfService.noOpenCase";
}
