namespace AbsenceCases.Infrastructure.Identity;

/// <summary>
/// The identity of work the system does on its own: scheduled jobs (Admin's requests) and loading demo data
/// through the imports and the case commands (HR's).
/// </summary>
public sealed class SystemUser : ICurrentUser
{
    public const string UserId = "system";

    public string? Id => UserId;

    public string Name => "AbsenceCases";

    public bool IsInRole(string role) => role is Application.Common.Security.Roles.Admin or Application.Common.Security.Roles.Hr;
}
