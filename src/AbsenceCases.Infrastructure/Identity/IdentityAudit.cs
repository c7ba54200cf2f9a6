using AbsenceCases.Domain.Auditing;

namespace AbsenceCases.Infrastructure.Identity;

/// <summary>
/// Sign-ins, failed sign-ins, sign-outs and token refreshes as audit rows, saved by the caller with the change
/// they belong to. A failed sign-in names the account when it exists, never what was typed.
/// </summary>
public sealed class IdentityAudit(ApplicationDbContext db, TimeProvider time)
{
    public const string SignIn = "SignIn";
    public const string SignInFailed = "SignInFailed";
    public const string SignOut = "SignOut";
    public const string TokenRefresh = "RefreshToken";
    public const string RefreshTokenReuse = "RefreshTokenReused";
    public const string TwoFactorEnabled = "TwoFactorEnabled";
    public const string TwoFactorFailed = "TwoFactorFailed";
    public const string TwoFactorEnrolmentMissing = "TwoFactorEnrolmentMissing";
    public const string RecoveryCodeUsed = "RecoveryCodeUsed";
    public const string AuthenticatorReplaced = "TwoFactorAppReplaced";
    public const string UnknownAccount = "unknown";

    public void Record(string action, ApplicationUser? user, bool allowed) =>
        db.AuditEntries.Add(new AuditEntry(
            time.GetUtcNow(), user?.Id ?? UnknownAccount, user?.DisplayName ?? UnknownAccount, action, caseId: null, employeeId: null, allowed));
}
