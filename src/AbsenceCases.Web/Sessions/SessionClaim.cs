namespace AbsenceCases.Web.Sessions;

/// <summary>The id of the server's session record, carried by the cookie and by every access token.</summary>
public static class SessionClaim
{
    public const string Type = "session";

    public static Claim For(Guid sessionId) => new(Type, sessionId.ToString());

    public static Guid? Of(ClaimsPrincipal principal) => Guid.TryParse(principal.FindFirstValue(Type), out var id) ? id : null;
}
