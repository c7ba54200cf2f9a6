namespace AbsenceCases.Web.Infrastructure;

/// <summary>The signed-in user of the HTTP request; outside a request (scheduled jobs) the system itself.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private static readonly SystemUser System = new();

    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public string? Id => Principal is null ? System.Id : Principal.FindFirstValue(ClaimTypes.NameIdentifier);

    public string Name => Principal is null
        ? System.Name
        : Principal.FindFirstValue(DisplayNameClaimsFactory.DisplayNameClaim) ?? Principal.Identity?.Name ?? "anonymous";

    public bool IsInRole(string role) => Principal is null ? System.IsInRole(role) : Principal.IsInRole(role);
}
