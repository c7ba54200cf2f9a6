using AbsenceCases.Infrastructure.Identity;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;

namespace AbsenceCases.Web.Sessions;

/// <summary>The e-mail and password of a local account, checked with lockout; a failure is audited before it is answered.</summary>
public sealed class PasswordCheck(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, IdentityAudit audit, ApplicationDbContext db)
{
    public sealed record Outcome(ApplicationUser? User, bool LockedOut);

    /// <summary>The account when the password is right and it may sign in, else null.</summary>
    public async Task<Outcome> CheckAsync(string email, string password, CancellationToken cancellationToken)
    {
        var user = await users.FindByNameAsync(email.Trim());
        var result = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return new Outcome(user, LockedOut: false);
        }

        audit.Record(IdentityAudit.SignInFailed, user, allowed: false);
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome(null, result.IsLockedOut);
    }
}
