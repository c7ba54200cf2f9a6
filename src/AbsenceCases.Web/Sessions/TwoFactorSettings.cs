using AbsenceCases.Application.Common.Security;

namespace AbsenceCases.Web.Sessions;

/// <summary>
/// <c>Auth:RequireTwoFactorForRoles</c>: the roles whose local accounts must sign in with a code from an
/// authenticator app. HR and Admin unless configured, none in Development;
/// an empty value (<c>Auth__RequireTwoFactorForRoles=</c>) requires it of no one.
/// </summary>
public sealed record TwoFactorSettings(IReadOnlyList<string> RequiredForRoles)
{
    public const string Section = "Auth:RequireTwoFactorForRoles";

    /// <summary>How many recovery codes an enrolment, or a new authenticator app, gives the user.</summary>
    public const int RecoveryCodeCount = 10;

    public static TwoFactorSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(Section);
        var roles = section.Exists()
            ? section.Get<string[]>() ?? []
            : environment.IsDevelopment() ? [] : [Roles.Hr, Roles.Admin];
        var unknown = roles.Except(Roles.All).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"{Section} names roles that do not exist: {string.Join(", ", unknown)}. Roles are {string.Join(", ", Roles.All)}.");
        }

        return new TwoFactorSettings(roles);
    }
}
