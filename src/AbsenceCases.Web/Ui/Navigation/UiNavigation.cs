using System.Security.Claims;
using AbsenceCases.Application.Common.Security;
using AbsenceCases.Web.Ui.Localisation;

namespace AbsenceCases.Web.Ui.Navigation;

/// <summary>One entry of the main menu: a page, its text and the roles that see it (none: everyone signed in).</summary>
public sealed record NavigationItem(string Page, Func<UiTexts, ClaimsPrincipal, string> Text, params string[] Roles)
{
    public bool IsFor(ClaimsPrincipal user) => Roles.Length == 0 || Roles.Any(user.IsInRole);
}

/// <summary>
/// The main menu: cases and sick calls for everyone; the coordination groups and their boards, the prevention
/// initiatives and the statistics within each user's scope; imports for HR; users and jobs for the admin; the audit
/// log for HR and the admin.
/// </summary>
public static class UiNavigation
{
    public static readonly IReadOnlyList<NavigationItem> Items =
    [
        new("/Index", (t, user) => IsOnlyManager(user) ? t.Layout.MyCases : t.Layout.Cases),
        new("/SickCalls/Register", (t, _) => t.Layout.NewSickCall),
        new("/Coordination/Index", (t, _) => t.Layout.Coordination),
        new("/Initiatives/Index", (t, _) => t.Layout.Initiatives),
        new("/Statistics/Index", (t, _) => t.Layout.Statistics, Roles.Hr, Roles.Admin, Roles.Manager, Roles.Coordinator),
        new("/Imports/Index", (t, _) => t.Layout.Imports, Roles.Hr, Roles.Admin),
        new("/Admin/Users", (t, _) => t.Layout.Users, Roles.Admin),
        new("/Admin/Jobs", (t, _) => t.Layout.Jobs, Roles.Admin),
        new("/Audit/Index", (t, _) => t.Layout.Audit, Roles.Hr, Roles.Admin),
        new("/Policy/Index", (t, _) => t.Layout.Policy),
    ];

    public static IEnumerable<NavigationItem> For(ClaimsPrincipal user) => Items.Where(item => item.IsFor(user));

    /// <summary>HR and Admin see the whole organisation and set it up (groups, initiatives).</summary>
    public static bool IsHrOrAdmin(ClaimsPrincipal user) => user.IsInRole(Roles.Hr) || user.IsInRole(Roles.Admin);

    public static bool IsOnlyManager(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Manager) && !Roles.All.Where(r => r != Roles.Manager).Any(user.IsInRole);
}
