using AbsenceCases.Application.Common.Validation;
using AbsenceCases.Application.Cases.Commands;

namespace AbsenceCases.Application.Tests.Validation;

/// <summary>The validators of the actions that record a deadline met: a required day, not in the future, and short texts.</summary>
public sealed class DeadlineRecordingValidatorTests
{
    private static readonly DateOnly Tomorrow = new(2026, 3, 17);

    private readonly MunicipalClock _clock = Clocks.OnMondayMorning();

    [Test]
    public void ShouldAcceptAMunicipalityNotificationToday()
    {
        new NotifyMunicipalityValidator(_clock).TestValidate(new NotifyMunicipality(Clocks.Today)).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void ShouldRequireTheDayOfTheMunicipalityNotification()
    {
        new NotifyMunicipalityValidator(_clock).TestValidate(new NotifyMunicipality(null))
            .ShouldHaveValidationErrorFor(c => c.On).WithMessageCode(FieldCodes.Required);
    }

    [Test]
    public void ShouldRefuseAMunicipalityNotificationTomorrow()
    {
        new NotifyMunicipalityValidator(_clock).TestValidate(new NotifyMunicipality(Tomorrow))
            .ShouldHaveValidationErrorFor(c => c.On).WithMessageCode(FieldCodes.InFuture);
    }

    [Test]
    public void ShouldAcceptAFastTrackRequestInThePast()
    {
        new RequestFastTrackValidator(_clock).TestValidate(new RequestFastTrack(new DateOnly(2026, 3, 12))).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void ShouldRequireTheDayOfTheFastTrackRequest()
    {
        new RequestFastTrackValidator(_clock).TestValidate(new RequestFastTrack(null))
            .ShouldHaveValidationErrorFor(c => c.RequestedOn).WithMessageCode(FieldCodes.Required);
    }

    [Test]
    public void ShouldRefuseAFastTrackRequestTomorrow()
    {
        new RequestFastTrackValidator(_clock).TestValidate(new RequestFastTrack(Tomorrow))
            .ShouldHaveValidationErrorFor(c => c.RequestedOn).WithMessageCode(FieldCodes.InFuture);
    }

    [Test]
    public void ShouldAcceptARetentionPlanMadeToday()
    {
        new MakeRetentionPlanValidator(_clock).TestValidate(new MakeRetentionPlan(Clocks.Today, "Nedsat tid i fire uger"))
            .ShouldNotHaveAnyValidationErrors();
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void ShouldRequireTheContentOfTheRetentionPlan(string? content)
    {
        new MakeRetentionPlanValidator(_clock).TestValidate(new MakeRetentionPlan(Clocks.Today, content))
            .ShouldHaveValidationErrorFor(c => c.Content).WithMessageCode(FieldCodes.Required);
    }

    [TestCase(4000, true)]
    [TestCase(4001, false)]
    public void ShouldLimitTheRetentionPlanTo4000Characters(int length, bool valid)
    {
        var result = new MakeRetentionPlanValidator(_clock).TestValidate(new MakeRetentionPlan(Clocks.Today, new string('x', length)));

        if (valid)
        {
            result.ShouldNotHaveAnyValidationErrors();
        }
        else
        {
            result.ShouldHaveValidationErrorFor(c => c.Content).WithMessageCode(FieldCodes.TooLong, ("max", 4000));
        }
    }

    [Test]
    public void ShouldRefuseARetentionPlanMadeTomorrowOrWithoutADay()
    {
        var validator = new MakeRetentionPlanValidator(_clock);

        Assert.Multiple(() =>
        {
            validator.TestValidate(new MakeRetentionPlan(Tomorrow, "Faste pauser"))
                .ShouldHaveValidationErrorFor(c => c.MadeOn).WithMessageCode(FieldCodes.InFuture);
            validator.TestValidate(new MakeRetentionPlan(null, "Faste pauser"))
                .ShouldHaveValidationErrorFor(c => c.MadeOn).WithMessageCode(FieldCodes.Required);
        });
    }

    [Test]
    public void ShouldAcceptARoundTableMeetingTodayWithANote()
    {
        new HoldRoundTableMeetingValidator(_clock).TestValidate(new HoldRoundTableMeeting(Clocks.Today, "Med jobcentret"))
            .ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void ShouldRefuseARoundTableMeetingTomorrowOrWithoutADay()
    {
        var validator = new HoldRoundTableMeetingValidator(_clock);

        Assert.Multiple(() =>
        {
            validator.TestValidate(new HoldRoundTableMeeting(Tomorrow, null))
                .ShouldHaveValidationErrorFor(c => c.HeldOn).WithMessageCode(FieldCodes.InFuture);
            validator.TestValidate(new HoldRoundTableMeeting(null, null))
                .ShouldHaveValidationErrorFor(c => c.HeldOn).WithMessageCode(FieldCodes.Required);
        });
    }

    [TestCase(2000, true)]
    [TestCase(2001, false)]
    public void ShouldLimitTheRoundTableNoteTo2000Characters(int length, bool valid)
    {
        var result = new HoldRoundTableMeetingValidator(_clock).TestValidate(new HoldRoundTableMeeting(Clocks.Today, new string('x', length)));

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
