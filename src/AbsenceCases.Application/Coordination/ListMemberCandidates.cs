namespace AbsenceCases.Application.Coordination;

/// <summary>
/// The users HR can make members of a coordination group: everyone with a staff role, by name. An account with only the
/// Employee role is a person's own access to their absence, not a place on a group that reads colleagues' cases.
/// </summary>
[Authorize(Roles.Hr)]
public sealed record ListMemberCandidates : IRequest<IReadOnlyList<UserContact>>;

public sealed class ListMemberCandidatesHandler(IUserDirectory users) : IRequestHandler<ListMemberCandidates, IReadOnlyList<UserContact>>
{
    public async Task<IReadOnlyList<UserContact>> Handle(ListMemberCandidates request, CancellationToken cancellationToken)
    {
        var candidates = new Dictionary<string, UserContact>();
        foreach (var role in Roles.All.Where(role => role != Roles.Employee))
        {
            foreach (var user in await users.InRoleAsync(role, cancellationToken))
            {
                candidates.TryAdd(user.Id, user);
            }
        }

        return candidates.Values.OrderBy(u => u.Name, StringComparer.CurrentCulture).ThenBy(u => u.Id, StringComparer.Ordinal).ToList();
    }
}
