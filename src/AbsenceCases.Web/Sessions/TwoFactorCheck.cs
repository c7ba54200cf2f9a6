namespace AbsenceCases.Web.Sessions;

/// <summary>
/// The second step of a local sign-in: a code from the user's authenticator app (Identity's TOTP provider, which
/// accepts the codes of two 30-second steps either side of now) or one of their recovery codes, each usable once.
/// A wrong code counts towards lock-out like a wrong password and is audited.
/// </summary>
public sealed class TwoFactorCheck(UserManager<ApplicationUser> users, TwoFactorSettings settings, IdentityAudit audit, ApplicationDbContext db)
{
    private const int AuthenticatorCodeLength = 6;

    /// <summary>The user holds a role that requires two-factor sign-in and has not enrolled an authenticator yet.</summary>
    public async Task<bool> MustEnrolAsync(ApplicationUser user) =>
        !user.TwoFactorEnabled && settings.RequiredForRoles.Count > 0 &&
        (await users.GetRolesAsync(user)).Any(settings.RequiredForRoles.Contains);

    public async Task<bool> VerifyAsync(ApplicationUser user, string? code, CancellationToken cancellationToken)
    {
        var entered = new string((code ?? string.Empty).Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
        if (!await users.IsLockedOutAsync(user))
        {
            var digits = entered.Replace("-", string.Empty, StringComparison.Ordinal);
            var passed = digits.Length == AuthenticatorCodeLength && digits.All(char.IsAsciiDigit)
                ? await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits)
                : entered.Length > 0 && await RedeemRecoveryCodeAsync(user, entered);
            if (passed)
            {
                await users.ResetAccessFailedCountAsync(user);
                await db.SaveChangesAsync(cancellationToken);
                return true;
            }

            await users.AccessFailedAsync(user);
        }

        audit.Record(IdentityAudit.TwoFactorFailed, user, allowed: false);
        await db.SaveChangesAsync(cancellationToken);
        return false;
    }

    /// <summary>Refuses (and audits) a sign-in of a user who must enrol first; answers whether it may go on.</summary>
    public async Task<bool> AllowsAsync(ApplicationUser user, CancellationToken cancellationToken)
    {
        if (!await MustEnrolAsync(user))
        {
            return true;
        }

        audit.Record(IdentityAudit.TwoFactorEnrolmentMissing, user, allowed: false);
        await db.SaveChangesAsync(cancellationToken);
        return false;
    }

    private async Task<bool> RedeemRecoveryCodeAsync(ApplicationUser user, string code)
    {
        if (!(await users.RedeemTwoFactorRecoveryCodeAsync(user, code)).Succeeded)
        {
            return false;
        }

        audit.Record(IdentityAudit.RecoveryCodeUsed, user, allowed: true);
        return true;
    }
}
