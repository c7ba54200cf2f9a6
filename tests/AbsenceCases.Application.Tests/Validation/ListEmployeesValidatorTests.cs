using AbsenceCases.Application.Common.Validation;
using AbsenceCases.Application.Organisation;

namespace AbsenceCases.Application.Tests.Validation;

public sealed class ListEmployeesValidatorTests
{
    private static readonly ListEmployees Valid = new(UnitId: null, Search: null);

    private readonly ListEmployeesValidator _validator = new();

    [Test]
    public void ShouldAcceptTheDefaults()
    {
        _validator.TestValidate(Valid).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void ShouldRefusePageZero()
    {
        _validator.TestValidate(Valid with { Page = 0 }).ShouldHaveValidationErrorFor(q => q.Page).WithMessageCode(FieldCodes.BelowOne);
    }

    [TestCase(100, true)]
    [TestCase(101, false)]
    public void ShouldLimitTheSearchTo100Characters(int length, bool valid)
    {
        var result = _validator.TestValidate(Valid with { Search = new string('a', length) });

        if (valid)
        {
            result.ShouldNotHaveAnyValidationErrors();
        }
        else
        {
            result.ShouldHaveValidationErrorFor(q => q.Search).WithMessageCode(FieldCodes.TooLong, ("max", 100));
        }
    }
}
