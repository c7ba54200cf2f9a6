using AbsenceCases.Domain.Coordination;

namespace AbsenceCases.Application.Coordination;

[Authorize(Roles.Hr)]
public sealed record CreateCoordinationGroup(
    string? Name, DayOfWeek? MeetingDay, IReadOnlyList<int>? WorkplaceIds, IReadOnlyList<GroupMemberInput>? Members)
    : IRequest<CoordinationGroupDto>, ICoordinationGroupInput, IAuditedRequest;

public sealed class CreateCoordinationGroupValidator : CoordinationGroupInputValidator<CreateCoordinationGroup>;

public sealed class CreateCoordinationGroupHandler(IApplicationDbContext db, IUserDirectory users)
    : IRequestHandler<CreateCoordinationGroup, CoordinationGroupDto>
{
    public async Task<CoordinationGroupDto> Handle(CreateCoordinationGroup command, CancellationToken cancellationToken)
    {
        await CoordinationGroupChecks.EnsureValidAsync(db, users, command, groupId: null, cancellationToken);
        var group = new CoordinationGroup(command.Name!.Trim(), command.MeetingDay!.Value);
        CoordinationGroupChecks.Apply(group, command);
        db.CoordinationGroups.Add(group);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(group, cancellationToken);
    }
}
