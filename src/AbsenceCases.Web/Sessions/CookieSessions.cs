using System.Security.Claims;
using AbsenceCases.Infrastructure.Identity;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace AbsenceCases.Web.Sessions;

/// <summary>
/// Issues the pages' cookie for a new session record, saved with whatever the caller recorded (the sign-in's audit
/// row), so that logging out ends this cookie, and every copy of it, on the server.
/// </summary>
public sealed class CookieSessions(SignInManager<ApplicationUser> signIn, SessionRecords sessions, ApplicationDbContext db)
{
    public async Task SignInAsync(ApplicationUser user, AuthenticationProperties properties, string? authenticationMethod, CancellationToken cancellationToken)
    {
        var session = sessions.Start(user);
        await db.SaveChangesAsync(cancellationToken);
        List<Claim> claims = [SessionClaim.For(session.Id)];
        if (authenticationMethod is not null)
        {
            claims.Add(new Claim(ClaimTypes.AuthenticationMethod, authenticationMethod));
        }

        await signIn.SignInWithClaimsAsync(user, properties, claims);
    }
}
