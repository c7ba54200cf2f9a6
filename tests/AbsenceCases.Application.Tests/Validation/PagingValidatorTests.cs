using AbsenceCases.Application.Common.Validation;

namespace AbsenceCases.Application.Tests.Validation;

/// <summary>The paging rules every paged query includes; each query's own tests check it includes them.</summary>
public sealed class PagingValidatorTests
{
    private readonly PagingValidator _validator = new();

    [TestCase(0)]
    [TestCase(201)]
    public void ShouldRefuseAPageSizeOutside1To200(int pageSize)
    {
        _validator.TestValidate(new Paged(1, pageSize))
            .ShouldHaveValidationErrorFor(q => q.PageSize).WithMessageCode(FieldCodes.OutOfRange, ("min", 1), ("max", 200));
    }

    [TestCase(1)]
    [TestCase(200)]
    public void ShouldAcceptAPageSizeAtTheBoundaries(int pageSize)
    {
        _validator.TestValidate(new Paged(1, pageSize)).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void ShouldRefusePageZero()
    {
        _validator.TestValidate(new Paged(0, 50)).ShouldHaveValidationErrorFor(q => q.Page).WithMessageCode(FieldCodes.BelowOne);
    }

    private sealed record Paged(int Page, int PageSize) : IPagedRequest;
}
