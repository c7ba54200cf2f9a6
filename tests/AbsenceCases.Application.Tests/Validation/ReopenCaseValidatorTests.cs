using AbsenceCases.Application.Common.Validation;
using AbsenceCases.Application.Cases.Commands;

namespace AbsenceCases.Application.Tests.Validation;

public sealed class ReopenCaseValidatorTests
{
    private readonly ReopenCaseValidator _validator = new(Clocks.OnMondayMorning());

    [Test]
    public void ShouldAcceptAReopeningFromToday()
    {
        _validator.TestValidate(new ReopenCase(Clocks.Today)).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void ShouldRequireTheDay()
    {
        _validator.TestValidate(new ReopenCase(null)).ShouldHaveValidationErrorFor(c => c.On).WithMessageCode(FieldCodes.Required);
    }

    [Test]
    public void ShouldRefuseAReopeningFromTomorrow()
    {
        _validator.TestValidate(new ReopenCase(new DateOnly(2026, 3, 17)))
            .ShouldHaveValidationErrorFor(c => c.On).WithMessageCode(FieldCodes.InFuture);
    }
}
