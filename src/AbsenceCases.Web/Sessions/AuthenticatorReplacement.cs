namespace AbsenceCases.Web.Sessions;

/// <summary>
/// A user with two-factor on moves it to a new authenticator app, e.g. on a new phone. The new key waits in a user
/// token of its own while the old app keeps working, and takes the old key's place only when a code from the new app
/// confirms it; then new recovery codes replace the old ones, and the security stamp is renewed, so that every other
/// session of the user ends.
/// </summary>
public sealed class AuthenticatorReplacement(
    UserManager<ApplicationUser> users, IUserStore<ApplicationUser> store, IdentityAudit audit, ApplicationDbContext db)
{
    private const string TokenProvider = "AbsenceCases";
    private const string TokenName = "NewAuthenticatorKey";

    /// <summary>The new app's key while it waits for its first code, or none.</summary>
    public Task<string?> NewKeyAsync(ApplicationUser user) => users.GetAuthenticationTokenAsync(user, TokenProvider, TokenName);

    /// <summary>A new key for the new app; one started before and never confirmed is forgotten.</summary>
    public async Task<string> StartAsync(ApplicationUser user)
    {
        var key = users.GenerateNewAuthenticatorKey();
        (await users.SetAuthenticationTokenAsync(user, TokenProvider, TokenName, key)).EnsureSucceeded();
        return key;
    }

    /// <summary>
    /// Replaces the authenticator key by the new one when <paramref name="code"/> is the new app's, and answers the new
    /// recovery codes; answers none, and changes nothing, when it is not.
    /// </summary>
    public async Task<IReadOnlyList<string>?> ConfirmAsync(ApplicationUser user, string newKey, string code, CancellationToken cancellationToken)
    {
        var keys = (IUserAuthenticatorKeyStore<ApplicationUser>)store;
        var oldKey = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("Two-factor is on without a key.");

        // Identity checks a code against the user's authenticator key alone, so the new key stands in for it, unsaved,
        // while the code is checked: the codes are judged the way every later sign-in judges them.
        await keys.SetAuthenticatorKeyAsync(user, newKey, cancellationToken);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            await keys.SetAuthenticatorKeyAsync(user, oldKey, cancellationToken);
            return null;
        }

        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        (await users.RemoveAuthenticationTokenAsync(user, TokenProvider, TokenName)).EnsureSucceeded();
        var recoveryCodes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, TwoFactorSettings.RecoveryCodeCount) ?? [];
        (await users.UpdateSecurityStampAsync(user)).EnsureSucceeded();
        audit.Record(IdentityAudit.AuthenticatorReplaced, user, allowed: true);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [.. recoveryCodes];
    }
}
