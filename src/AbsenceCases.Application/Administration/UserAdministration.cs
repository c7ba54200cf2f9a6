namespace AbsenceCases.Application.Administration;

/// <summary>
/// A user as the administrator sees it: roles, the units managed (a manager's scope), whether sign-in is blocked, and
/// whether it asks for an authenticator app's code, and the employee number of the person an Employee account is.
/// </summary>
public sealed record UserDto(
    string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<int> ManagedUnitIds, bool Blocked, bool TwoFactorEnabled, string? EmployeeNumber);

/// <summary>The account store behind the users (ASP.NET Core Identity); the rules of who may do what stay in the use cases.</summary>
public interface IUserAdministration
{
    Task<IReadOnlyList<UserDto>> ListAsync(CancellationToken cancellationToken);

    Task<UserDto?> FindAsync(string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Creates the account; if it cannot be, either the e-mail address is already in use (EmailTaken) or the errors
    /// name the field (email or password) and the reason.
    /// </summary>
    Task<(string? UserId, bool EmailTaken, IReadOnlyDictionary<string, IReadOnlyList<MessageCode>> Errors)> CreateAsync(
        string email, string displayName, string password, CancellationToken cancellationToken);

    Task UpdateAsync(string userId, string displayName, IReadOnlyList<string> roles, bool blocked, CancellationToken cancellationToken);

    /// <summary>Turns two-factor off, forgets the authenticator key and recovery codes, and ends the user's sessions.</summary>
    Task ResetTwoFactorAsync(string userId, CancellationToken cancellationToken);
}
