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
/// The main menu. The coordinator's weekly board, HR's statistics, success criteria, coordination groups and
/// prevention initiatives, and the admin's users and jobs are added here as their pages arrive.
/// </summary>
public static class UiNavigation
{
    public static readonly IReadOnlyList<NavigationItem> Items =
    [
        new("/Index", (t, user) => IsOnlyManager(user) ? t.Layout.MyCases : t.Layout.Cases),
        new("/SickCalls/Register", (t, _) => t.Layout.NewSickCall),
        new("/Imports/Index", (t, _) => t.Layout.Imports, Roles.Hr, Roles.Admin),
        new("/Policy/Index", (t, _) => t.Layout.Policy),
    ];

    public static IEnumerable<NavigationItem> For(ClaimsPrincipal user) => Items.Where(item => item.IsFor(user));

    public static bool IsOnlyManager(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Manager) && !Roles.All.Where(r => r != Roles.Manager).Any(user.IsInRole);
}
