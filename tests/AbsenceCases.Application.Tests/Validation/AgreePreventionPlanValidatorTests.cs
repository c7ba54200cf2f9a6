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
            .ShouldHaveValidationErrorFor(c => c.AgreedOn).WithErrorMessage("Required.").Only();
    }

    [Test]
    public void ShouldRefuseAPlanAgreedTomorrow()
    {
        _validator.TestValidate(Plan(Measure with { FollowUpOn = new DateOnly(2026, 4, 1) }) with { AgreedOn = new DateOnly(2026, 3, 17) })
            .ShouldHaveValidationErrorFor(c => c.AgreedOn).WithErrorMessage("Must not be in the future.");
    }

    [Test]
    public void ShouldRequireAtLeastOneMeasure()
    {
        _validator.TestValidate(Plan())
            .ShouldHaveValidationErrorFor(c => c.Measures).WithErrorMessage("At least one measure is required.");
    }

    [Test]
    public void ShouldRequireTheMeasures()
    {
        _validator.TestValidate(new AgreePreventionPlan(AgreedOn, null))
            .ShouldHaveValidationErrorFor(c => c.Measures).WithErrorMessage("At least one measure is required.");
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void ShouldRequireTheMeasuresDescription(string? description)
    {
        _validator.TestValidate(Plan(Measure with { Description = description }))
            .ShouldHaveValidationErrorFor("Measures[0].Description").WithErrorMessage("Required.").Only();
    }

    [TestCase(null)]
    [TestCase("")]
    public void ShouldRequireTheMeasuresResponsiblePerson(string? responsible)
    {
        _validator.TestValidate(Plan(Measure with { Responsible = responsible }))
            .ShouldHaveValidationErrorFor("Measures[0].Responsible").WithErrorMessage("Required.").Only();
    }

    [Test]
    public void ShouldRequireTheMeasuresFollowUpDate()
    {
        _validator.TestValidate(Plan(Measure with { FollowUpOn = null }))
            .ShouldHaveValidationErrorFor("Measures[0].FollowUpOn").WithErrorMessage("Required.").Only();
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
            result.ShouldHaveValidationErrorFor("Measures[0].Description").WithErrorMessage("At most 500 characters.");
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
            result.ShouldHaveValidationErrorFor("Measures[0].Responsible").WithErrorMessage("At most 200 characters.");
        }
    }

    [Test]
    public void ShouldRefuseAFollowUpBeforeThePlanIsAgreed()
    {
        _validator.TestValidate(Plan(Measure with { FollowUpOn = new DateOnly(2026, 3, 11) }))
            .ShouldHaveValidationErrorFor("Measures[0]")
            .WithErrorMessage("The follow-up date must be on or after the day the plan is agreed.").Only();
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
