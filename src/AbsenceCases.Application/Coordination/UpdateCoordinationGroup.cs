using System.Text.Json.Serialization;

namespace AbsenceCases.Application.Coordination;

[Authorize(Roles.Hr)]
public sealed record UpdateCoordinationGroup(
    string? Name, DayOfWeek? MeetingDay, IReadOnlyList<int>? WorkplaceIds, IReadOnlyList<GroupMemberInput>? Members)
    : IRequest<CoordinationGroupDto>, ICoordinationGroupInput, IAuditedRequest
{
    [JsonIgnore]
    public int GroupId { get; init; }
}

public sealed class UpdateCoordinationGroupValidator : CoordinationGroupInputValidator<UpdateCoordinationGroup>;

public sealed class UpdateCoordinationGroupHandler(IApplicationDbContext db, IUserDirectory users, ISessionRevocation sessions)
    : IRequestHandler<UpdateCoordinationGroup, CoordinationGroupDto>
{
    public async Task<CoordinationGroupDto> Handle(UpdateCoordinationGroup command, CancellationToken cancellationToken)
    {
        var group = await db.CoordinationGroups.Include(g => g.Workplaces).Include(g => g.Members)
                        .SingleOrDefaultAsync(g => g.Id == command.GroupId, cancellationToken)
                    ?? throw new NotFoundException(RefusalCodes.NotFound.CoordinationGroup, command.GroupId);
        await CoordinationGroupChecks.EnsureValidAsync(db, users, command, command.GroupId, cancellationToken);
        var before = (Members: MemberIds(group), Workplaces: group.Workplaces.Select(w => w.UnitId).ToList());
        CoordinationGroupChecks.Apply(group, command);

        // A member who left, or every member when a workplace left, lost scope: their sessions end.
        var narrowed = before.Workplaces.Except(group.Workplaces.Select(w => w.UnitId)).Any()
            ? before.Members
            : before.Members.Except(MemberIds(group)).ToList();
        await sessions.RevokeAsync(narrowed, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(group, cancellationToken);
    }

    private static List<string> MemberIds(Domain.Coordination.CoordinationGroup group) =>
        group.Members.Select(m => m.UserId).OfType<string>().Distinct().ToList();
}
