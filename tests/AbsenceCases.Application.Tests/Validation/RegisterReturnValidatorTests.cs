using AbsenceCases.Application.Common.Validation;
using AbsenceCases.Application.Cases.Commands;

namespace AbsenceCases.Application.Tests.Validation;

public sealed class RegisterReturnValidatorTests
{
    private readonly RegisterReturnValidator _validator = new(Clocks.OnMondayMorning());

    [Test]
    public void ShouldAcceptAReturnToday()
    {
        _validator.TestValidate(new RegisterReturn(Clocks.Today)).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void ShouldAcceptAReturnInThePast()
    {
        _validator.TestValidate(new RegisterReturn(new DateOnly(2026, 3, 9))).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void ShouldRequireTheReturnDay()
    {
        _validator.TestValidate(new RegisterReturn(null))
            .ShouldHaveValidationErrorFor(c => c.ReturnedOn).WithMessageCode(FieldCodes.Required);
    }

    [Test]
    public void ShouldRefuseAReturnTomorrow()
    {
        _validator.TestValidate(new RegisterReturn(new DateOnly(2026, 3, 17)))
            .ShouldHaveValidationErrorFor(c => c.ReturnedOn).WithMessageCode(FieldCodes.InFuture);
    }
}
