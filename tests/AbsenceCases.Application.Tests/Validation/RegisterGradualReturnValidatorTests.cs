using AbsenceCases.Application.Common.Validation;
using AbsenceCases.Application.Cases.Commands;

namespace AbsenceCases.Application.Tests.Validation;

public sealed class RegisterGradualReturnValidatorTests
{
    private static readonly RegisterGradualReturn Valid = new(From: Clocks.Today, Percent: 50);

    private readonly RegisterGradualReturnValidator _validator = new(Clocks.OnMondayMorning());

    [TestCase(1)]
    [TestCase(50)]
    [TestCase(99)]
    public void ShouldAcceptAPartialAbsenceFromToday(int percent)
    {
        _validator.TestValidate(Valid with { Percent = percent }).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void ShouldAcceptADayInThePast()
    {
        _validator.TestValidate(Valid with { From = new DateOnly(2026, 3, 9) }).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void ShouldRequireTheDay()
    {
        _validator.TestValidate(Valid with { From = null })
            .ShouldHaveValidationErrorFor(c => c.From).WithMessageCode(FieldCodes.Required).Only();
    }

    [Test]
    public void ShouldRefuseADayTomorrow()
    {
        _validator.TestValidate(Valid with { From = new DateOnly(2026, 3, 17) })
            .ShouldHaveValidationErrorFor(c => c.From).WithMessageCode(FieldCodes.InFuture).Only();
    }

    [Test]
    public void ShouldRequireThePercent()
    {
        _validator.TestValidate(Valid with { Percent = null })
            .ShouldHaveValidationErrorFor(c => c.Percent).WithMessageCode(FieldCodes.Required).Only();
    }

    [TestCase(0, TestName = "no absence left is a return")]
    [TestCase(100, TestName = "a full absence is no gradual return")]
    [TestCase(-50)]
    [TestCase(150)]
    public void ShouldRefuseAPercentOutside1To99(int percent)
    {
        _validator.TestValidate(Valid with { Percent = percent })
            .ShouldHaveValidationErrorFor(c => c.Percent).WithMessageCode(FieldCodes.OutOfRange, ("min", 1), ("max", 99)).Only();
    }
}
