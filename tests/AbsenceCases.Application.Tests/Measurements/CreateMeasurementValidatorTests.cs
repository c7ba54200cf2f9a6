using AbsenceCases.Application.Common.Validation;
using AbsenceCases.Application.Measurements;
using AbsenceCases.Domain.Wellbeing;

namespace AbsenceCases.Application.Tests.Measurements;

public sealed class CreateMeasurementValidatorTests
{
    private static readonly DateOnly October1 = new(2025, 10, 1);
    private static readonly DateOnly October31 = new(2025, 10, 31);

    private readonly CreateMeasurementValidator _validator = new();

    [Test]
    public void ShouldAcceptAMeasurementPublishedTheDayItsFieldingEnds()
    {
        _validator.TestValidate(new CreateMeasurement("Social kapital 2025", MeasurementKind.SocialCapital, October1, October31, October31, 7))
            .ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void ShouldRequireNameKindAndFieldingPeriod()
    {
        var result = _validator.TestValidate(new CreateMeasurement(" ", null, null, null, null, null));

        result.ShouldHaveValidationErrorFor(m => m.Name).WithMessageCode(FieldCodes.Required);
        result.ShouldHaveValidationErrorFor(m => m.Kind).WithMessageCode(FieldCodes.Required);
        result.ShouldHaveValidationErrorFor(m => m.FieldedFrom).WithMessageCode(FieldCodes.Required);
        result.ShouldHaveValidationErrorFor(m => m.FieldedTo).WithMessageCode(FieldCodes.Required);
        result.ShouldNotHaveValidationErrorFor(m => m.PublishedOn);
    }

    [Test]
    public void ShouldRefuseANameOfTwoLinesOrTooLong()
    {
        _validator.TestValidate(new CreateMeasurement("Trivsel\n2025", MeasurementKind.Wellbeing, October1, October31, null, null))
            .ShouldHaveValidationErrorFor(m => m.Name).WithMessageCode(FieldCodes.NotSingleLine);
        _validator.TestValidate(new CreateMeasurement(new string('x', TextLimits.Name + 1), MeasurementKind.Wellbeing, October1, October31, null, null))
            .ShouldHaveValidationErrorFor(m => m.Name).WithMessageCode(FieldCodes.TooLong, ("max", TextLimits.Name));
    }

    [Test]
    public void ShouldRefuseAnUnknownKind()
    {
        _validator.TestValidate(new CreateMeasurement("M", (MeasurementKind)9, October1, October31, null, null))
            .ShouldHaveValidationErrorFor(m => m.Kind).WithMessageCode(FieldCodes.NotOneOf, ("values", new[] { "SocialCapital", "Wellbeing", "Osa", "Apv" }));
    }

    [Test]
    public void ShouldRefuseAFieldingPeriodBackwards()
    {
        _validator.TestValidate(new CreateMeasurement("M", MeasurementKind.Osa, October31, October1, null, null))
            .ShouldHaveValidationErrorFor(m => m.FieldedTo).WithMessageCode(MeasurementCodes.FieldedToBeforeFrom);
    }

    [Test]
    public void ShouldRefusePublicationBeforeTheFieldingEnds()
    {
        _validator.TestValidate(new CreateMeasurement("M", MeasurementKind.Apv, October1, October31, new DateOnly(2025, 10, 30), null))
            .ShouldHaveValidationErrorFor(m => m.PublishedOn).WithMessageCode(MeasurementCodes.PublishedBeforeFielded);
    }
}
