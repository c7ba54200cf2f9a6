using AbsenceCases.Web.Sessions.RateLimits;

namespace AbsenceCases.Web.Sessions;

/// <summary>
/// The e-mail and password of a local account, checked unless the account's failed sign-ins are over their limit
/// (<see cref="SignInFailureLimiter"/>, in place of a lockout); a failure is counted and audited before it is answered. A
/// failure says nothing of why (unknown account, wrong password, blocked), and an unknown account costs the same
/// password hashing as a known one, so that neither the answer nor its time tells which accounts exist.
/// </summary>
public sealed class PasswordCheck(
    UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, IdentityAudit audit, ApplicationDbContext db, SignInFailureLimiter failures, IRequestContext request)
{
    private static string? _unknownAccountHash;

    /// <summary>The account when the password is right and it may sign in, else null.</summary>
    /// <exception cref="TooManySignInAttemptsException">The account's failed sign-ins are over their limit.</exception>
    public async Task<ApplicationUser?> CheckAsync(string email, string password, CancellationToken cancellationToken)
    {
        var attempt = new SignInAttempt(users.NormalizeName(email.Trim()), request.ClientAddress ?? string.Empty);
        failures.EnsureAllowed(attempt);
        var user = await users.FindByNameAsync(email.Trim());
        if (user is not null && (await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: false)).Succeeded)
        {
            return user;
        }

        if (user is null)
        {
            var nobody = new ApplicationUser();
            _unknownAccountHash ??= users.PasswordHasher.HashPassword(nobody, Guid.NewGuid().ToString());
            users.PasswordHasher.VerifyHashedPassword(nobody, _unknownAccountHash, password);
        }

        failures.CountFailure(attempt);
        audit.Record(IdentityAudit.SignInFailed, user, allowed: false);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
