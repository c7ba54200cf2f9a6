using AbsenceCases.Application.Common.Security;
using AbsenceCases.Application.Common.Time;
using AbsenceCases.Application.Organisation;

namespace AbsenceCases.Application.Coordination;

/// <summary>The group's weekly review agenda.</summary>
public sealed record GetBoard(int GroupId) : IRequest<Board>, IGroupRequest;

public sealed class GetBoardHandler(IApplicationDbContext db, CoordinationBoard board, MunicipalClock clock) : IRequestHandler<GetBoard, Board>
{
    public async Task<Board> Handle(GetBoard query, CancellationToken cancellationToken)
    {
        var workplaces = await db.CoordinationGroups.Where(g => g.Id == query.GroupId)
            .SelectMany(g => g.Workplaces.Select(w => w.UnitId))
            .ToListAsync(cancellationToken);
        var units = await db.SubtreeIdsAsync(workplaces, cancellationToken);
        return await board.ForGroupAsync(query.GroupId, units, clock.Today, cancellationToken);
    }
}
