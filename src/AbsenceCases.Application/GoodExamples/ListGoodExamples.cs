namespace AbsenceCases.Application.GoodExamples;

/// <summary>
/// The bank of good examples, newest first: GET /api/good-examples?search=. Every manager, coordinator and HR reads all
/// of it, whatever their scope: it holds no person. A search keeps the examples holding every one of its words in the
/// title, the texts or the workplace's name, whatever the case.
/// </summary>
[Authorize(Roles.Manager, Roles.Coordinator, Roles.Hr)]
public sealed record ListGoodExamples(string? Search) : IRequest<IReadOnlyList<GoodExampleDto>>, IAuditedRequest;

public sealed class ListGoodExamplesValidator : AbstractValidator<ListGoodExamples>
{
    public ListGoodExamplesValidator() => RuleFor(e => e.Search).SingleLineText(TextLimits.Search);
}

public sealed class ListGoodExamplesHandler(IApplicationDbContext db) : IRequestHandler<ListGoodExamples, IReadOnlyList<GoodExampleDto>>
{
    public async Task<IReadOnlyList<GoodExampleDto>> Handle(ListGoodExamples query, CancellationToken cancellationToken)
    {
        var examples = await db.GoodExamples.AsNoTracking()
            .Join(db.Units, e => e.UnitId, u => u.Id, (e, u) => new { Example = e, UnitName = u.Name })
            .OrderByDescending(e => e.Example.MarkedOn).ThenByDescending(e => e.Example.Id)
            .ToListAsync(cancellationToken);
        var words = (query.Search ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return examples
            .Select(e => GoodExamples.ToDto(e.Example, e.UnitName))
            .Where(e => words.All(word => Holds(e, word)))
            .ToList();
    }

    private static bool Holds(GoodExampleDto example, string word) =>
        new[] { example.Title, example.WhatWasDone, example.WhatCameOfIt, example.UnitName }
            .Any(text => text.Contains(word, StringComparison.CurrentCultureIgnoreCase));
}
