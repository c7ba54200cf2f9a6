using System.Text.Json.Serialization;
using AbsenceCases.Application.Common.Security;

namespace AbsenceCases.Application.Coordination;

[Authorize(Roles.Hr + "," + Roles.Admin)]
public sealed record UpdateCoordinationGroup(
    string? Name, DayOfWeek? MeetingDay, IReadOnlyList<int>? WorkplaceIds, IReadOnlyList<GroupMemberInput>? Members)
    : IRequest<CoordinationGroupDto>, ICoordinationGroupInput, IAuditedRequest
{
    [JsonIgnore]
    public int GroupId { get; init; }
}

public sealed class UpdateCoordinationGroupValidator : CoordinationGroupInputValidator<UpdateCoordinationGroup>;

public sealed class UpdateCoordinationGroupHandler(IApplicationDbContext db, IUserDirectory users)
    : IRequestHandler<UpdateCoordinationGroup, CoordinationGroupDto>
{
    public async Task<CoordinationGroupDto> Handle(UpdateCoordinationGroup command, CancellationToken cancellationToken)
    {
        var group = await db.CoordinationGroups.Include(g => g.Workplaces).Include(g => g.Members)
                        .SingleOrDefaultAsync(g => g.Id == command.GroupId, cancellationToken)
                    ?? throw new NotFoundException("Coordination group", command.GroupId);
        await CoordinationGroupChecks.EnsureValidAsync(db, users, command, command.GroupId, cancellationToken);
        CoordinationGroupChecks.Apply(group, command);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(group, cancellationToken);
    }
}
