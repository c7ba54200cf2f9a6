namespace AbsenceCases.Application.Common.Interfaces;

/// <summary>The users who can receive reminders, with the name and e-mail address they are greeted and reached by.</summary>
public interface IUserDirectory
{
    Task<IReadOnlyList<UserContact>> InRoleAsync(string role, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, UserContact>> ByIdsAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken);

    /// <summary>The users blocked from signing in: they get no reminders and no agendas.</summary>
    Task<IReadOnlySet<string>> BlockedIdsAsync(CancellationToken cancellationToken);

    /// <summary>The roles of the user; null when no user has this id.</summary>
    Task<IReadOnlyList<string>?> RolesOfAsync(string userId, CancellationToken cancellationToken);
}

public sealed record UserContact(string Id, string Name, string? Email);
