using AbsenceCases.Application.Common.Validation;
using AbsenceCases.Application.SickCalls;

namespace AbsenceCases.Application.Tests.Validation;

public sealed class ListOpenCasesValidatorTests
{
    private readonly ListOpenCasesValidator _validator = new();

    [Test]
    public void ShouldRequireTheEmployees()
    {
        _validator.TestValidate(new ListOpenCases(null)).ShouldHaveValidationErrorFor(q => q.EmployeeIds).WithMessageCode(FieldCodes.Required);
    }

    [Test]
    public void ShouldAcceptUpTo500Employees()
    {
        _validator.TestValidate(new ListOpenCases(Enumerable.Range(1, 500).ToList())).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void ShouldRefuseMoreThan500Employees()
    {
        _validator.TestValidate(new ListOpenCases(Enumerable.Range(1, 501).ToList()))
            .ShouldHaveValidationErrorFor(q => q.EmployeeIds).WithMessageCode(FieldCodes.TooMany, ("max", 500));
    }
}
