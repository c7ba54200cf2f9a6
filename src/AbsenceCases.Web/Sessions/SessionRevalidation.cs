namespace AbsenceCases.Web.Sessions;

/// <summary>After authentication: a request whose session is no longer current goes on as anonymous, and is challenged like one.</summary>
public sealed class SessionRevalidation(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, SessionCheck sessions)
    {
        if (context.User.Identity?.IsAuthenticated == true && !await sessions.IsCurrentAsync(context.User, context.RequestAborted))
        {
            // A new user clears the authentication result, so authorization challenges (401) rather than forbids.
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
        }

        await next(context);
    }
}
