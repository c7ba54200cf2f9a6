using AbsenceCases.Application.GoodExamples;
using AbsenceCases.Application.Administration;
using AbsenceCases.Application.Auditing;
using AbsenceCases.Application.Cases.Queries;
using AbsenceCases.Application.Common.Security;
using AbsenceCases.Application.Coordination;
using AbsenceCases.Application.Imports;
using AbsenceCases.Application.Jobs;
using AbsenceCases.Application.Measurements;
using AbsenceCases.Application.Organisation.ContactPersons;
using AbsenceCases.Application.Prevention;
using AbsenceCases.Application.SelfService;
using AbsenceCases.Application.SickCalls;
using AbsenceCases.Application.Statistics;

namespace AbsenceCases.Web.Ui.Navigation;

/// <summary>One entry of the main menu: a page, its text and the request the page sends (none: everyone signed in).</summary>
public sealed record NavigationItem(string Page, Func<UiTexts, ClaimsPrincipal, string> Text, Type? Request = null)
{
    public bool IsFor(ClaimsPrincipal user) => Request is null || RequestPermissions.Allows(Request, user.IsInRole);
}

/// <summary>
/// The main menu: each page for those who may send its request (DESIGN.md section 9) — cases, sick calls,
/// coordination, initiatives, measurements, statistics, imports, users, jobs, the audit log and the employee's own absence — and
/// the policy for everyone.
/// </summary>
public static class UiNavigation
{
    public static readonly IReadOnlyList<NavigationItem> Items =
    [
        new("/Index", (t, user) => IsOnlyManager(user) ? t.Layout.MyCases : t.Layout.Cases, typeof(ListCases)),
        new("/SickCalls/Register", (t, _) => t.Layout.NewSickCall, typeof(RegisterSickCall)),
        new("/Coordination/Index", (t, _) => t.Layout.Coordination, typeof(ListCoordinationGroups)),
        new("/Initiatives/Index", (t, _) => t.Layout.Initiatives, typeof(ListInitiatives)),
        new("/Measurements/Index", (t, _) => t.Layout.Measurements, typeof(ListMeasurements)),
        new("/GoodExamples/Index", (t, _) => t.Layout.GoodExamples, typeof(ListGoodExamples)),
        new("/Statistics/Index", (t, _) => t.Layout.Statistics, typeof(GetAbsenceRate)),
        new("/Imports/Index", (t, _) => t.Layout.Imports, typeof(ImportUnits)),
        new("/Organisation/ContactPersons", (t, _) => t.Layout.ContactPersons, typeof(SetContactPerson)),
        new("/Admin/Users", (t, _) => t.Layout.Users, typeof(ListUsers)),
        new("/Admin/Jobs", (t, _) => t.Layout.Jobs, typeof(RunJob)),
        new("/Audit/Index", (t, _) => t.Layout.Audit, typeof(ListAuditEntries)),
        new("/Me/Index", (t, _) => t.SelfService.Title, typeof(ListMyCases)),
        new("/Policy/Index", (t, _) => t.Layout.Policy),
    ];

    public static IEnumerable<NavigationItem> For(ClaimsPrincipal user) => Items.Where(item => item.IsFor(user));

    /// <summary>HR and Admin see the whole organisation and set it up (groups, initiatives).</summary>
    public static bool IsHrOrAdmin(ClaimsPrincipal user) => user.IsInRole(Roles.Hr) || user.IsInRole(Roles.Admin);

    /// <summary>A manager with no other role that reads cases: the case list holds only their own units' cases.</summary>
    public static bool IsOnlyManager(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Manager) && !new[] { Roles.Coordinator, Roles.Hr, Roles.Admin }.Any(user.IsInRole);
}
