namespace AbsenceCases.Application.Coordination;

/// <summary>The group's weekly review agenda.</summary>
[Authorize(Roles.Coordinator, Roles.Hr)]
public sealed record GetBoard(int GroupId) : IRequest<Board>, IGroupRequest;

public sealed class GetBoardHandler(IApplicationDbContext db, CoordinationBoard board, MunicipalClock clock) : IRequestHandler<GetBoard, Board>
{
    public async Task<Board> Handle(GetBoard query, CancellationToken cancellationToken)
    {
        var units = await db.GroupUnitIdsAsync(query.GroupId, cancellationToken);
        return await board.ForGroupAsync(query.GroupId, units, clock.Today, cancellationToken);
    }
}
