using Microsoft.AspNetCore.Authentication;

namespace AbsenceCases.Web.Sessions;

/// <summary>
/// Issues the pages' cookie for a new session record, saved with whatever the caller recorded (the sign-in's audit
/// row), so that logging out ends this cookie, and every copy of it, on the server.
/// </summary>
public sealed class CookieSessions(SignInManager<ApplicationUser> signIn, SessionRecords sessions, ApplicationDbContext db)
{
    /// <summary>Starts a session; <paramref name="marks"/> are further claims the cookie carries, e.g. that two-factor enrolment is due.</summary>
    public async Task SignInAsync(
        ApplicationUser user, AuthenticationProperties properties, string? authenticationMethod, IEnumerable<Claim> marks, CancellationToken cancellationToken)
    {
        var session = sessions.Start(user);
        await db.SaveChangesAsync(cancellationToken);
        List<Claim> claims = [SessionClaim.For(session.Id), .. marks];
        if (authenticationMethod is not null)
        {
            claims.Add(new Claim(ClaimTypes.AuthenticationMethod, authenticationMethod));
        }

        await signIn.SignInWithClaimsAsync(user, properties, claims);
    }

    /// <summary>Issues the cookie of the current session again, without its marks, e.g. under a security stamp just renewed.</summary>
    public Task RenewAsync(ApplicationUser user, ClaimsPrincipal current, AuthenticationProperties properties) =>
        signIn.SignInWithClaimsAsync(user, properties, current.Claims.Where(c => c.Type is SessionClaim.Type or ClaimTypes.AuthenticationMethod));
}
