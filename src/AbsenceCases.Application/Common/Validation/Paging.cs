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
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithCode(FieldCodes.BelowOne);
        RuleFor(q => q.PageSize).InclusiveBetween(1, MaxPageSize).WithCode(FieldCodes.OutOfRange, ("min", 1), ("max", MaxPageSize));
    }
}
