using AbsenceCases.Application.Common.Validation;
using AbsenceCases.Application.Cases.Commands;

namespace AbsenceCases.Application.Tests.Validation;

public sealed class AgreePreventionPlanValidatorTests
{
    private static readonly DateOnly AgreedOn = new(2026, 3, 12);

    private static readonly MeasureInput Measure = new(
        Description: "Gradvis opstart med 20 timer",
        Responsible: "Mette Leder",
        ResponsibleUserId: null,
        FollowUpOn: new DateOnly(2026, 3, 26));

    private readonly AgreePreventionPlanValidator _validator = new(Clocks.OnMondayMorning());

    [Test]
    public void ShouldAcceptAPlanWithOneCompleteMeasure()
    {
        _validator.TestValidate(Plan(Measure)).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void ShouldRequireTheDayThePlanWasAgreed()
    {
        _validator.TestValidate(Plan(Measure) with { AgreedOn = null })
            .ShouldHaveValidationErrorFor(c => c.AgreedOn).WithMessageCode(FieldCodes.Required).Only();
    }

    [Test]
    public void ShouldRefuseAPlanAgreedTomorrow()
    {
        _validator.TestValidate(Plan(Measure with { FollowUpOn = new DateOnly(2026, 4, 1) }) with { AgreedOn = new DateOnly(2026, 3, 17) })
            .ShouldHaveValidationErrorFor(c => c.AgreedOn).WithMessageCode(FieldCodes.InFuture);
    }

    [Test]
    public void ShouldRequireAtLeastOneMeasure()
    {
        _validator.TestValidate(Plan())
            .ShouldHaveValidationErrorFor(c => c.Measures).WithMessageCode(CaseCommandCodes.MeasureRequired);
    }

    [Test]
    public void ShouldRequireTheMeasures()
    {
        _validator.TestValidate(new AgreePreventionPlan(AgreedOn, null))
            .ShouldHaveValidationErrorFor(c => c.Measures).WithMessageCode(CaseCommandCodes.MeasureRequired);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void ShouldRequireTheMeasuresDescription(string? description)
    {
        _validator.TestValidate(Plan(Measure with { Description = description }))
            .ShouldHaveValidationErrorFor("Measures[0].Description").WithMessageCode(FieldCodes.Required).Only();
    }

    [TestCase(null)]
    [TestCase("")]
    public void ShouldRequireTheMeasuresResponsiblePerson(string? responsible)
    {
        _validator.TestValidate(Plan(Measure with { Responsible = responsible }))
            .ShouldHaveValidationErrorFor("Measures[0].Responsible").WithMessageCode(FieldCodes.Required).Only();
    }

    [Test]
    public void ShouldRequireTheMeasuresFollowUpDate()
    {
        _validator.TestValidate(Plan(Measure with { FollowUpOn = null }))
            .ShouldHaveValidationErrorFor("Measures[0].FollowUpOn").WithMessageCode(FieldCodes.Required).Only();
    }

    [Test]
    public void ShouldNameTheMeasureThatIsIncomplete()
    {
        var result = _validator.TestValidate(Plan(Measure, Measure with { Responsible = null }));

        result.ShouldHaveValidationErrorFor("Measures[1].Responsible");
        result.ShouldNotHaveValidationErrorFor("Measures[0].Responsible");
    }

    [TestCase(500, true)]
    [TestCase(501, false)]
    public void ShouldLimitTheDescriptionTo500Characters(int length, bool valid)
    {
        var result = _validator.TestValidate(Plan(Measure with { Description = new string('x', length) }));

        if (valid)
        {
            result.ShouldNotHaveAnyValidationErrors();
        }
        else
        {
            result.ShouldHaveValidationErrorFor("Measures[0].Description").WithMessageCode(FieldCodes.TooLong, ("max", 500));
        }
    }

    [TestCase(200, true)]
    [TestCase(201, false)]
    public void ShouldLimitTheResponsibleTo200Characters(int length, bool valid)
    {
        var result = _validator.TestValidate(Plan(Measure with { Responsible = new string('x', length) }));

        if (valid)
        {
            result.ShouldNotHaveAnyValidationErrors();
        }
        else
        {
            result.ShouldHaveValidationErrorFor("Measures[0].Responsible").WithMessageCode(FieldCodes.TooLong, ("max", 200));
        }
    }

    [Test]
    public void ShouldRefuseAFollowUpBeforeThePlanIsAgreed()
    {
        _validator.TestValidate(Plan(Measure with { FollowUpOn = new DateOnly(2026, 3, 11) }))
            .ShouldHaveValidationErrorFor("Measures[0]")
            .WithMessageCode(CaseCommandCodes.FollowUpBeforeAgreed).Only();
    }

    [Test]
    public void ShouldAcceptAFollowUpOnTheDayThePlanIsAgreed()
    {
        _validator.TestValidate(Plan(Measure with { FollowUpOn = AgreedOn })).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void ShouldAcceptAResponsibleUserBesideTheName()
    {
        _validator.TestValidate(Plan(Measure with { ResponsibleUserId = Users.HrId, Responsible = "Hanne HR" }))
            .ShouldNotHaveAnyValidationErrors();
    }

    private static AgreePreventionPlan Plan(params MeasureInput[] measures) => new(AgreedOn, measures);
}
