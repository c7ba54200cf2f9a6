using AbsenceCases.Application.Common.Security;

namespace AbsenceCases.Web.Infrastructure.SingleSignOn;

/// <summary>
/// <c>Auth:Oidc:*</c>: the municipality's OpenID Connect provider. Sign-in through it is on when
/// <see cref="Authority"/> is set.
/// </summary>
public sealed class OidcSettings
{
    public string? Authority { get; init; }

    public string ClientId { get; init; } = string.Empty;

    public string? ClientSecret { get; init; }

    /// <summary>Scopes asked for beside openid, profile and email, e.g. AD FS's <c>allatclaims</c>.</summary>
    public List<string> ExtraScopes { get; init; } = [];

    /// <summary>The claim that names the user's e-mail; Entra ID sends it as <c>preferred_username</c>, AD FS as <c>upn</c>.</summary>
    public string EmailClaim { get; init; } = "email";

    /// <summary>The claim with the user's groups, read through <see cref="GroupRoles"/>.</summary>
    public string RoleClaim { get; init; } = "groups";

    /// <summary>
    /// Group → role. When set, it is authoritative for the roles it names: each sign-in adds those the user's groups
    /// give and removes those they no longer give. Roles it does not name are kept as an Admin set them.
    /// </summary>
    public Dictionary<string, string> GroupRoles { get; init; } = [];

    /// <summary>The audience of the provider's access tokens for this API, e.g. <c>api://…</c> in Entra ID.</summary>
    public string? Audience { get; init; }

    /// <summary>An integration's client id → the e-mail of the user whose roles and scope its tokens carry.</summary>
    public Dictionary<string, string> ClientUsers { get; init; } = [];

    /// <summary>Off only for a provider on loopback in tests.</summary>
    public bool RequireHttpsMetadata { get; init; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}

/// <summary>How people sign in: through the provider, with a local password, or both.</summary>
public sealed record SignInSettings(OidcSettings Oidc, bool LocalAccounts, string? BootstrapAdminEmail)
{
    /// <summary>
    /// <c>Auth:LocalAccounts</c> defaults to on unless a provider is configured; <c>Bootstrap:AdminEmail</c> is the
    /// provider user who becomes Admin at their first sign-in.
    /// </summary>
    public static SignInSettings From(IConfiguration configuration)
    {
        var oidc = configuration.GetSection("Auth:Oidc").Get<OidcSettings>() ?? new OidcSettings();
        var unknownRoles = oidc.GroupRoles.Values.Except(Roles.All).ToList();
        if (unknownRoles.Count > 0)
        {
            throw new InvalidOperationException(
                $"Auth:Oidc:GroupRoles names roles that do not exist: {string.Join(", ", unknownRoles)}. Roles are {string.Join(", ", Roles.All)}.");
        }

        return new SignInSettings(
            oidc,
            configuration.GetValue<bool?>("Auth:LocalAccounts") ?? !oidc.Enabled,
            configuration["Bootstrap:AdminEmail"]);
    }
}
