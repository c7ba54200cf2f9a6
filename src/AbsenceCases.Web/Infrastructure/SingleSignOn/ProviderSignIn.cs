using AbsenceCases.Application.Common.Security;
using AbsenceCases.Web.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace AbsenceCases.Web.Infrastructure.SingleSignOn;

/// <summary>
/// Turns the provider's answer into the application's own sign-in: the user is matched by e-mail (an unknown one
/// gets an account without roles), the group map sets the roles, and the Identity cookie is issued as for a local
/// sign-in, so that the rest of the application sees no difference; the sign-in, or its refusal, is audited.
/// </summary>
public sealed class ProviderSignIn(
    UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, SignInSettings settings, IdentityAudit audit, ApplicationDbContext db,
    CookieSessions sessions)
{
    public const string NoAccessPath = "/ingen-adgang-endnu";

    public async Task SignInAsync(TicketReceivedContext context)
    {
        var target = await SignInAndChooseTargetAsync(context.Principal!, context.Properties!);
        context.Response.Redirect(target ?? context.ReturnUri ?? "/");
        context.HandleResponse();
    }

    /// <summary>Answers where the user goes instead of where they were going, if anywhere.</summary>
    private async Task<string?> SignInAndChooseTargetAsync(ClaimsPrincipal provided, AuthenticationProperties properties)
    {
        var email = provided.FindFirstValue(settings.Oidc.EmailClaim)?.Trim();
        var subject = provided.FindFirstValue("sub");
        if (string.IsNullOrEmpty(email) || string.IsNullOrEmpty(subject))
        {
            return NoAccessPath;
        }

        var user = await users.FindByEmailAsync(email) ?? await CreateAsync(email, provided.FindFirstValue("name"));
        if (!(await users.GetLoginsAsync(user)).Any(login => login.LoginProvider == SingleSignOnServices.ProviderScheme))
        {
            await FirstSignInAsync(user, subject);
        }

        if (settings.Oidc.GroupRoles.Count > 0)
        {
            await ApplyGroupRolesAsync(user, provided.FindAll(settings.Oidc.RoleClaim).Select(claim => claim.Value));
        }

        if (await users.IsLockedOutAsync(user) || !await signIn.CanSignInAsync(user))
        {
            await RecordAsync(IdentityAudit.SignInFailed, user, allowed: false);
            return NoAccessPath;
        }

        audit.Record(IdentityAudit.SignIn, user, allowed: true);

        // Only the identity token is kept, as the hint that signs the user out at the provider too.
        var session = new AuthenticationProperties();
        session.StoreTokens(properties.GetTokens().Where(token => token.Name == OpenIdConnectParameterNames.IdToken));
        await sessions.SignInAsync(user, session, SingleSignOnServices.ProviderScheme, [], CancellationToken.None);
        return (await users.GetRolesAsync(user)).Count == 0 ? NoAccessPath : null;
    }

    private async Task RecordAsync(string action, ApplicationUser user, bool allowed)
    {
        audit.Record(action, user, allowed);
        await db.SaveChangesAsync();
    }

    private async Task<ApplicationUser> CreateAsync(string email, string? name)
    {
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name ?? email };
        Succeed(await users.CreateAsync(user));
        return user;
    }

    private async Task FirstSignInAsync(ApplicationUser user, string subject)
    {
        Succeed(await users.AddLoginAsync(user, new UserLoginInfo(SingleSignOnServices.ProviderScheme, subject, SingleSignOnServices.ProviderScheme)));
        if (string.Equals(user.Email, settings.BootstrapAdminEmail?.Trim(), StringComparison.OrdinalIgnoreCase) &&
            !await users.IsInRoleAsync(user, Roles.Admin))
        {
            Succeed(await users.AddToRoleAsync(user, Roles.Admin));
        }
    }

    private async Task ApplyGroupRolesAsync(ApplicationUser user, IEnumerable<string> groups)
    {
        var map = settings.Oidc.GroupRoles;
        var given = groups.Select(group => map.GetValueOrDefault(group)).OfType<string>().Distinct().ToList();
        var held = await users.GetRolesAsync(user);
        var missing = given.Except(held).ToList();
        var withdrawn = held.Intersect(map.Values).Except(given).ToList();
        if (missing.Count > 0)
        {
            Succeed(await users.AddToRolesAsync(user, missing));
        }

        if (withdrawn.Count > 0)
        {
            Succeed(await users.RemoveFromRolesAsync(user, withdrawn));
        }
    }

    private static void Succeed(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(error => error.Description)));
        }
    }
}
