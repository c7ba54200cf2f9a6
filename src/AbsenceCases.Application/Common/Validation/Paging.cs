namespace AbsenceCases.Application.Common.Validation;

/// <summary>A query answered a page at a time.</summary>
public interface IPagedRequest
{
    int Page { get; }

    int PageSize { get; }
}

public sealed class PagingValidator : AbstractValidator<IPagedRequest>
{
    public const int MaxPageSize = 200;

    public PagingValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("Must be 1 or more.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, MaxPageSize).WithMessage($"Must be between 1 and {MaxPageSize}.");
    }
}
