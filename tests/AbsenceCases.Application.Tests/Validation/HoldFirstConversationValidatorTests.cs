using AbsenceCases.Application.Common.Validation;
using AbsenceCases.Application.Cases.Commands;

namespace AbsenceCases.Application.Tests.Validation;

public sealed class HoldFirstConversationValidatorTests
{
    private static readonly HoldFirstConversation Valid = new(
        HeldOn: new DateOnly(2026, 3, 12),
        Form: ConversationForm.InPerson,
        ExpectedReturn: null,
        Note: null,
        PossibilityStatementRequested: false,
        RetentionPlanRequested: false,
        FastTrackRequested: false);

    private readonly HoldFirstConversationValidator _validator = new(Clocks.OnMondayMorning());

    [Test]
    public void ShouldAcceptAConversationWithEverythingFilledIn()
    {
        var command = Valid with
        {
            ExpectedReturn = new DateOnly(2026, 4, 1),
            Note = "Aftalt delvis raskmelding",
            PossibilityStatementRequested = true,
            RetentionPlanRequested = true,
            FastTrackRequested = true,
        };

        _validator.TestValidate(command).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void ShouldRequireTheDayItWasHeld()
    {
        _validator.TestValidate(Valid with { HeldOn = null })
            .ShouldHaveValidationErrorFor(c => c.HeldOn).WithMessageCode(FieldCodes.Required).Only();
    }

    [Test]
    public void ShouldRefuseAConversationHeldTomorrow()
    {
        _validator.TestValidate(Valid with { HeldOn = new DateOnly(2026, 3, 17) })
            .ShouldHaveValidationErrorFor(c => c.HeldOn).WithMessageCode(FieldCodes.InFuture);
    }

    [Test]
    public void ShouldAcceptAConversationHeldToday()
    {
        _validator.TestValidate(Valid with { HeldOn = Clocks.Today }).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void ShouldRequireTheForm()
    {
        _validator.TestValidate(Valid with { Form = null })
            .ShouldHaveValidationErrorFor(c => c.Form).WithMessageCode(FieldCodes.Required).Only();
    }

    [Test]
    public void ShouldRefuseAnUndefinedForm()
    {
        _validator.TestValidate(Valid with { Form = (ConversationForm)7 })
            .ShouldHaveValidationErrorFor(c => c.Form).WithMessageCode(FieldCodes.NotOneOf, ("values", "InPerson,Phone,Video"));
    }

    [TestCase(ConversationForm.InPerson)]
    [TestCase(ConversationForm.Phone)]
    [TestCase(ConversationForm.Video)]
    public void ShouldAcceptEveryForm(ConversationForm form)
    {
        _validator.TestValidate(Valid with { Form = form }).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void ShouldRefuseAnExpectedReturnOnTheDayOfTheConversation()
    {
        _validator.TestValidate(Valid with { ExpectedReturn = new DateOnly(2026, 3, 12) })
            .ShouldHaveValidationErrorFor(c => c.ExpectedReturn)
            .WithMessageCode(CaseCommandCodes.ReturnAfterConversation);
    }

    [Test]
    public void ShouldAcceptAnExpectedReturnTheDayAfterTheConversation()
    {
        _validator.TestValidate(Valid with { ExpectedReturn = new DateOnly(2026, 3, 13) }).ShouldNotHaveAnyValidationErrors();
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
