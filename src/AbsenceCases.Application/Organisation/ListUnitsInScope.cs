using AutoMapper;
using AutoMapper.QueryableExtensions;

namespace AbsenceCases.Application.Organisation;

/// <summary>
/// The units the caller may see, in tree order: every unit for HR and Admin; for a manager or coordinator the
/// units they are responsible for and the units below them. The web UI offers these where a unit is chosen.
/// </summary>
[AnySignedInUser]
public sealed record ListUnitsInScope : IRequest<IReadOnlyList<UnitDto>>;

public sealed class ListUnitsInScopeHandler(IApplicationDbContext db, IUserScopeProvider scopes, IMapper mapper)
    : IRequestHandler<ListUnitsInScope, IReadOnlyList<UnitDto>>
{
    public async Task<IReadOnlyList<UnitDto>> Handle(ListUnitsInScope request, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetScopeAsync(cancellationToken);
        var units = await db.Units.AsNoTracking()
            .OrderBy(u => u.Path)
            .ProjectTo<UnitDto>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);
        return units.Where(u => scope.Contains(u.Id)).ToList();
    }
}
