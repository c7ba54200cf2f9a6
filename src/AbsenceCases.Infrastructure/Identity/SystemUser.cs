namespace AbsenceCases.Infrastructure.Identity;

/// <summary>The identity of work the system does on its own: scheduled jobs and loading demo data.</summary>
public sealed class SystemUser : ICurrentUser
{
    public const string UserId = "system";

    public string? Id => UserId;

    public string Name => "AbsenceCases";

    public bool IsInRole(string role) => role == Application.Common.Security.Roles.Admin;
}
