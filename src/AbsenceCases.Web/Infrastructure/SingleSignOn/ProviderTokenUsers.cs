using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace AbsenceCases.Web.Infrastructure.SingleSignOn;

/// <summary>
/// An access token from the provider opens the API as the user <c>Auth:Oidc:ClientUsers</c> names for the client
/// that asked for it: the token proves the client, the user's roles and scope decide what it may do.
/// </summary>
public sealed class ProviderTokenUsers(
    UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, SignInSettings settings)
{
    /// <summary>Where the providers put the client's id: RFC 9068 and AD FS, Entra ID v2, Entra ID v1.</summary>
    private static readonly string[] ClientIdClaims = ["client_id", "azp", "appid"];

    public async Task ReplacePrincipalAsync(TokenValidatedContext context)
    {
        var clientId = ClientIdClaims.Select(type => context.Principal!.FindFirst(type)?.Value).FirstOrDefault(value => value is not null);
        var email = clientId is null ? null : settings.Oidc.ClientUsers.GetValueOrDefault(clientId);
        var user = email is null ? null : await users.FindByEmailAsync(email);
        if (user is null || await users.IsLockedOutAsync(user) || !await signIn.CanSignInAsync(user))
        {
            context.Fail($"No user of this installation answers for the client '{clientId}'.");
            return;
        }

        context.Principal = await signIn.CreateUserPrincipalAsync(user);
    }
}
