using AbsenceCases.Application.Common.Validation;
using AbsenceCases.Application.Cases.Queries;

namespace AbsenceCases.Application.Tests.Validation;

public sealed class ListCasesValidatorTests
{
    private static readonly ListCases Valid = new(Status: null, UnitId: null);

    private readonly ListCasesValidator _validator = new();

    [Test]
    public void ShouldAcceptTheDefaults()
    {
        _validator.TestValidate(Valid).ShouldNotHaveAnyValidationErrors();
        Assert.That((Valid.Page, Valid.PageSize), Is.EqualTo((1, 50)));
    }

    [Test]
    public void ShouldRefusePageZero()
    {
        _validator.TestValidate(Valid with { Page = 0 }).ShouldHaveValidationErrorFor(q => q.Page).WithMessageCode(FieldCodes.BelowOne);
    }

    [Test]
    public void ShouldAcceptAStatusFilter()
    {
        _validator.TestValidate(Valid with { Status = CaseStatus.Coordination, UnitId = 7 }).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void ShouldRefuseAnUndefinedStatus()
    {
        _validator.TestValidate(Valid with { Status = (CaseStatus)12 })
            .ShouldHaveValidationErrorFor(q => q.Status)
            .WithMessageCode(FieldCodes.NotOneOf, ("values", "Reported,FirstConversation,Coordination,PreventionPlan,Closed,Open"));
    }
}
