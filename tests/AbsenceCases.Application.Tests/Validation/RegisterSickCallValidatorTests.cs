using AbsenceCases.Application.Common.Validation;
using AbsenceCases.Application.SickCalls;

namespace AbsenceCases.Application.Tests.Validation;

/// <summary>Today is Monday 16 March 2026 in Copenhagen; 2026 is not a leap year, so 365 days back is 16 March 2025.</summary>
public sealed class RegisterSickCallValidatorTests
{
    private static readonly RegisterSickCall Valid = new(
        EmployeeId: 42,
        EmployeeNumber: null,
        FirstDay: Clocks.Today,
        AbsenceType: AbsenceType.OwnIllness,
        Percent: null,
        ExpectedReturn: null,
        Note: null);

    private RegisterSickCallValidator _validator = null!;

    [SetUp]
    public void CreateValidator() =>
        _validator = new RegisterSickCallValidator(Clocks.OnMondayMorning(), new DeadlinePolicy(new PolicySettings()));

    [Test]
    public void ShouldAcceptAFullSickCall()
    {
        var command = Valid with { Percent = 50, ExpectedReturn = new DateOnly(2026, 3, 20), Note = "Ringede kl. 7" };

        _validator.TestValidate(command).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void ShouldAskForAnEmployeeWhenNeitherIdNorNumberIsGiven()
    {
        var result = _validator.TestValidate(Valid with { EmployeeId = null, EmployeeNumber = null });

        result.ShouldHaveValidationErrorFor(c => c.EmployeeId).WithMessageCode(SickCallCodes.GiveEmployee);
    }

    [Test]
    public void ShouldNotTakeABlankEmployeeNumberForAnEmployee()
    {
        var result = _validator.TestValidate(Valid with { EmployeeId = null, EmployeeNumber = "   " });

        result.ShouldHaveValidationErrorFor(c => c.EmployeeId).WithMessageCode(SickCallCodes.GiveEmployee);
    }

    [Test]
    public void ShouldRefuseBothIdAndNumber()
    {
        var result = _validator.TestValidate(Valid with { EmployeeId = 42, EmployeeNumber = "1001" });

        result.ShouldHaveValidationErrorFor(c => c.EmployeeId).WithMessageCode(SickCallCodes.GiveOneEmployee)
            .Only();
    }

    [Test]
    public void ShouldAcceptAnEmployeeIdAlone()
    {
        _validator.TestValidate(Valid with { EmployeeId = 42, EmployeeNumber = null }).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void ShouldAcceptAnEmployeeNumberAlone()
    {
        _validator.TestValidate(Valid with { EmployeeId = null, EmployeeNumber = "1001" }).ShouldNotHaveAnyValidationErrors();
    }

    [TestCase(50, true)]
    [TestCase(51, false)]
    public void ShouldLimitTheEmployeeNumberTo50Characters(int length, bool valid)
    {
        var result = _validator.TestValidate(Valid with { EmployeeId = null, EmployeeNumber = new string('7', length) });

        if (valid)
        {
            result.ShouldNotHaveAnyValidationErrors();
        }
        else
        {
            result.ShouldHaveValidationErrorFor(c => c.EmployeeNumber).WithMessageCode(FieldCodes.TooLong, ("max", 50));
        }
    }

    [Test]
    public void ShouldRequireTheFirstDay()
    {
        var result = _validator.TestValidate(Valid with { FirstDay = null });

        result.ShouldHaveValidationErrorFor(c => c.FirstDay).WithMessageCode(FieldCodes.Required).Only();
    }

    [Test]
    public void ShouldRefuseAFirstDayTomorrow()
    {
        var result = _validator.TestValidate(Valid with { FirstDay = new DateOnly(2026, 3, 17) });

        result.ShouldHaveValidationErrorFor(c => c.FirstDay).WithMessageCode(FieldCodes.InFuture).Only();
    }

    [Test]
    public void ShouldAcceptAFirstDayToday()
    {
        _validator.TestValidate(Valid with { FirstDay = new DateOnly(2026, 3, 16) }).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void ShouldAcceptAFirstDayExactly365DaysBack()
    {
        _validator.TestValidate(Valid with { FirstDay = new DateOnly(2025, 3, 16) }).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void ShouldRefuseAFirstDay366DaysBack()
    {
        var result = _validator.TestValidate(Valid with { FirstDay = new DateOnly(2025, 3, 15) });

        result.ShouldHaveValidationErrorFor(c => c.FirstDay).WithMessageCode(SickCallCodes.TooFarBack, ("days", 365)).Only();
    }

    [Test]
    public void ShouldFollowThePolicyOnBackdating()
    {
        var validator = new RegisterSickCallValidator(
            Clocks.OnMondayMorning(), new DeadlinePolicy(new PolicySettings { MaxBackdatingDays = 30 }));

        var result = validator.TestValidate(Valid with { FirstDay = new DateOnly(2026, 2, 13) });

        result.ShouldHaveValidationErrorFor(c => c.FirstDay).WithMessageCode(SickCallCodes.TooFarBack, ("days", 30));
        validator.TestValidate(Valid with { FirstDay = new DateOnly(2026, 2, 14) }).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void ShouldRequireTheAbsenceType()
    {
        var result = _validator.TestValidate(Valid with { AbsenceType = null });

        result.ShouldHaveValidationErrorFor(c => c.AbsenceType).WithMessageCode(FieldCodes.Required).Only();
    }

    [Test]
    public void ShouldRefuseAnUndefinedAbsenceType()
    {
        var result = _validator.TestValidate(Valid with { AbsenceType = (AbsenceType)99 });

        result.ShouldHaveValidationErrorFor(c => c.AbsenceType)
            .WithMessageCode(FieldCodes.NotOneOf, ("values", "OwnIllness,ChildIllness,WorkInjury")).Only();
    }

    [TestCase(AbsenceType.OwnIllness)]
    [TestCase(AbsenceType.ChildIllness)]
    [TestCase(AbsenceType.WorkInjury)]
    public void ShouldAcceptEveryAbsenceType(AbsenceType type)
    {
        _validator.TestValidate(Valid with { AbsenceType = type }).ShouldNotHaveAnyValidationErrors();
    }

    [TestCase(0)]
    [TestCase(101)]
    [TestCase(-50)]
    public void ShouldRefuseAPercentOutside1To100(int percent)
    {
        var result = _validator.TestValidate(Valid with { Percent = percent });

        result.ShouldHaveValidationErrorFor(c => c.Percent).WithMessageCode(FieldCodes.OutOfRange, ("min", 1), ("max", 100));
    }

    [TestCase(1)]
    [TestCase(100)]
    public void ShouldAcceptAPercentAtTheBoundaries(int percent)
    {
        _validator.TestValidate(Valid with { Percent = percent }).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void ShouldTakeNoPercentAsFullAbsence()
    {
        _validator.TestValidate(Valid with { Percent = null }).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void ShouldRefuseAnExpectedReturnOnTheFirstDay()
    {
        var result = _validator.TestValidate(Valid with { FirstDay = new DateOnly(2026, 3, 10), ExpectedReturn = new DateOnly(2026, 3, 10) });

        result.ShouldHaveValidationErrorFor(c => c.ExpectedReturn).WithMessageCode(SickCallCodes.ReturnAfterFirstDay);
    }

    [Test]
    public void ShouldRefuseAnExpectedReturnBeforeTheFirstDay()
    {
        var result = _validator.TestValidate(Valid with { FirstDay = new DateOnly(2026, 3, 10), ExpectedReturn = new DateOnly(2026, 3, 9) });

        result.ShouldHaveValidationErrorFor(c => c.ExpectedReturn);
    }

    [Test]
    public void ShouldAcceptAnExpectedReturnTheDayAfterTheFirstDay()
    {
        var command = Valid with { FirstDay = new DateOnly(2026, 3, 10), ExpectedReturn = new DateOnly(2026, 3, 11) };

        _validator.TestValidate(command).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void ShouldJudgeNoExpectedReturnWithoutAFirstDay()
    {
        var result = _validator.TestValidate(Valid with { FirstDay = null, ExpectedReturn = new DateOnly(2026, 3, 1) });

        result.ShouldNotHaveValidationErrorFor(c => c.ExpectedReturn);
    }

    [Test]
    public void ShouldAcceptANoteOf2000Characters()
    {
        _validator.TestValidate(Valid with { Note = new string('x', 2000) }).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void ShouldRefuseANoteOf2001Characters()
    {
        var result = _validator.TestValidate(Valid with { Note = new string('x', 2001) });

        result.ShouldHaveValidationErrorFor(c => c.Note).WithMessageCode(FieldCodes.TooLong, ("max", 2000));
    }
}
