namespace AbsenceCases.Application.Coordination;

/// <summary>The users HR can make members of a coordination group: everyone with a role, by name.</summary>
[Authorize(Roles.Hr)]
public sealed record ListMemberCandidates : IRequest<IReadOnlyList<UserContact>>;

public sealed class ListMemberCandidatesHandler(IUserDirectory users) : IRequestHandler<ListMemberCandidates, IReadOnlyList<UserContact>>
{
    public async Task<IReadOnlyList<UserContact>> Handle(ListMemberCandidates request, CancellationToken cancellationToken)
    {
        var candidates = new Dictionary<string, UserContact>();
        foreach (var role in Roles.All)
        {
            foreach (var user in await users.InRoleAsync(role, cancellationToken))
            {
                candidates.TryAdd(user.Id, user);
            }
        }

        return candidates.Values.OrderBy(u => u.Name, StringComparer.CurrentCulture).ThenBy(u => u.Id, StringComparer.Ordinal).ToList();
    }
}
