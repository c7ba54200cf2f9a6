using AutoMapper;
using AutoMapper.QueryableExtensions;

namespace AbsenceCases.Application.Organisation;

/// <summary>The organisation: every unit with its parent, in tree order.</summary>
[AnySignedInUser]
public sealed record ListUnits : IRequest<IReadOnlyList<UnitDto>>;

public sealed class ListUnitsHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<ListUnits, IReadOnlyList<UnitDto>>
{
    public async Task<IReadOnlyList<UnitDto>> Handle(ListUnits request, CancellationToken cancellationToken) =>
        await db.Units.AsNoTracking()
            .OrderBy(u => u.Path)
            .ProjectTo<UnitDto>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);
}
