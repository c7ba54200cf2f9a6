using AbsenceCases.Application.Common.Validation;
using AbsenceCases.Application.Cases.Commands;

namespace AbsenceCases.Application.Tests.Validation;

public sealed class RecordCareContactValidatorTests
{
    private static readonly RecordCareContact Valid = new(On: Clocks.Today, Note: null);

    private readonly RecordCareContactValidator _validator = new(Clocks.OnMondayMorning());

    [Test]
    public void ShouldAcceptCareContactToday()
    {
        _validator.TestValidate(Valid with { Note = "Talt i telefon, har det bedre" }).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void ShouldAcceptCareContactInThePast()
    {
        _validator.TestValidate(Valid with { On = new DateOnly(2026, 3, 12) }).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void ShouldRequireTheDay()
    {
        _validator.TestValidate(Valid with { On = null }).ShouldHaveValidationErrorFor(c => c.On).WithMessageCode(FieldCodes.Required);
    }

    [Test]
    public void ShouldRefuseCareContactTomorrow()
    {
        _validator.TestValidate(Valid with { On = new DateOnly(2026, 3, 17) })
            .ShouldHaveValidationErrorFor(c => c.On).WithMessageCode(FieldCodes.InFuture);
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
