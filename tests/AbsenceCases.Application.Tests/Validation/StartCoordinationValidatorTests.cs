using AbsenceCases.Application.Common.Validation;
using AbsenceCases.Application.Cases.Commands;

namespace AbsenceCases.Application.Tests.Validation;

public sealed class StartCoordinationValidatorTests
{
    private static readonly StartCoordination Valid = new(StartedOn: Clocks.Today, Reason: null);

    private readonly StartCoordinationValidator _validator = new(Clocks.OnMondayMorning());

    [Test]
    public void ShouldAcceptCoordinationStartedTodayWithAReason()
    {
        _validator.TestValidate(Valid with { Reason = "Fravær over 4 uger" }).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void ShouldRequireTheStartDay()
    {
        _validator.TestValidate(Valid with { StartedOn = null })
            .ShouldHaveValidationErrorFor(c => c.StartedOn).WithMessageCode(FieldCodes.Required);
    }

    [Test]
    public void ShouldRefuseAStartTomorrow()
    {
        _validator.TestValidate(Valid with { StartedOn = new DateOnly(2026, 3, 17) })
            .ShouldHaveValidationErrorFor(c => c.StartedOn).WithMessageCode(FieldCodes.InFuture);
    }

    [TestCase(2000, true)]
    [TestCase(2001, false)]
    public void ShouldLimitTheReasonTo2000Characters(int length, bool valid)
    {
        var result = _validator.TestValidate(Valid with { Reason = new string('x', length) });

        if (valid)
        {
            result.ShouldNotHaveAnyValidationErrors();
        }
        else
        {
            result.ShouldHaveValidationErrorFor(c => c.Reason).WithMessageCode(FieldCodes.TooLong, ("max", 2000));
        }
    }
}
