namespace AbsenceCases.Application.Coordination;

/// <summary>The group's review meetings, newest first.</summary>
[Authorize(Roles.Coordinator, Roles.Hr)]
public sealed record ListReviews(int GroupId) : IRequest<ReviewList>, IGroupRequest;

public sealed class ListReviewsHandler(IApplicationDbContext db) : IRequestHandler<ListReviews, ReviewList>
{
    public const int MaxReviews = 104;

    public async Task<ReviewList> Handle(ListReviews query, CancellationToken cancellationToken)
    {
        var reviews = await db.CoordinationReviews.AsNoTracking().Include(r => r.Items)
            .Where(r => r.GroupId == query.GroupId)
            .OrderByDescending(r => r.HeldOn).ThenByDescending(r => r.Id)
            .Take(MaxReviews)
            .ToListAsync(cancellationToken);
        return new ReviewList(reviews.Select(ReviewDto.From).ToList());
    }
}
