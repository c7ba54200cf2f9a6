using AbsenceCases.Domain.Coordination;

namespace AbsenceCases.Application.Coordination;

public sealed record ReviewItemDto(Guid CaseId, ReviewDecision Decision, string? Note, DateOnly? NextReviewOn);

public sealed record ReviewDto(int Id, int GroupId, DateOnly HeldOn, IReadOnlyList<string> Attendees, IReadOnlyList<ReviewItemDto> Items)
    : ICasesResponse
{
    public IReadOnlyList<Guid> CaseIds => Items.Select(i => i.CaseId).ToList();

    public static ReviewDto From(CoordinationReview review) => new(
        review.Id,
        review.GroupId,
        review.HeldOn,
        review.AttendeeNames,
        review.Items.Select(i => new ReviewItemDto(i.CaseId, i.Decision, i.Note, i.NextReviewOn)).ToList());
}

public sealed record ReviewList(IReadOnlyList<ReviewDto> Items) : ICasesResponse
{
    public IReadOnlyList<Guid> CaseIds => Items.SelectMany(r => r.CaseIds).Distinct().ToList();
}
