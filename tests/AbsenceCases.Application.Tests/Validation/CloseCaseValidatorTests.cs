using AbsenceCases.Application.Common.Validation;
using AbsenceCases.Application.Cases.Commands;

namespace AbsenceCases.Application.Tests.Validation;

public sealed class CloseCaseValidatorTests
{
    private static readonly CloseCase Valid = new(ClosedOn: Clocks.Today, Reason: CloseReason.ReturnedToWork, Note: null);

    private readonly CloseCaseValidator _validator = new(Clocks.OnMondayMorning());

    [Test]
    public void ShouldAcceptAClosingTodayWithAReasonAndANote()
    {
        _validator.TestValidate(Valid with { Note = "Opfølgning afsluttet" }).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void ShouldRequireTheClosingDay()
    {
        _validator.TestValidate(Valid with { ClosedOn = null })
            .ShouldHaveValidationErrorFor(c => c.ClosedOn).WithMessageCode(FieldCodes.Required);
    }

    [Test]
    public void ShouldRefuseAClosingTomorrow()
    {
        _validator.TestValidate(Valid with { ClosedOn = new DateOnly(2026, 3, 17) })
            .ShouldHaveValidationErrorFor(c => c.ClosedOn).WithMessageCode(FieldCodes.InFuture);
    }

    [Test]
    public void ShouldRequireAReason()
    {
        _validator.TestValidate(Valid with { Reason = null })
            .ShouldHaveValidationErrorFor(c => c.Reason).WithMessageCode(FieldCodes.Required).Only();
    }

    [Test]
    public void ShouldRefuseAnUndefinedReason()
    {
        _validator.TestValidate(Valid with { Reason = (CloseReason)9 })
            .ShouldHaveValidationErrorFor(c => c.Reason)
            .WithMessageCode(FieldCodes.NotOneOf, ("values", "ReturnedToWork,Resigned,Dismissed,Retired,Other"));
    }

    [TestCase(CloseReason.ReturnedToWork)]
    [TestCase(CloseReason.Resigned)]
    [TestCase(CloseReason.Dismissed)]
    [TestCase(CloseReason.Retired)]
    [TestCase(CloseReason.Other)]
    public void ShouldAcceptEveryReason(CloseReason reason)
    {
        _validator.TestValidate(Valid with { Reason = reason }).ShouldNotHaveAnyValidationErrors();
    }

    [TestCase(2000, true)]
    [TestCase(2001, false)]
    public void ShouldLimitTheNoteTo2000Characters(int length, bool valid)
    {
        var result = _validator.TestValidate(Valid with { Note = new string('x', length) });

        if (valid)
        {
            result.ShouldNotHaveAnyValidationErrors();
        }
        else
        {
            result.ShouldHaveValidationErrorFor(c => c.Note).WithMessageCode(FieldCodes.TooLong, ("max", 2000));
        }
    }
}
