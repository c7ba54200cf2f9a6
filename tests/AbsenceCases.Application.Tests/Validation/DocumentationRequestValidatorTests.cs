using System.Globalization;
using AbsenceCases.Application.Cases.Commands;
using AbsenceCases.Application.Common.Validation;

namespace AbsenceCases.Application.Tests.Validation;

/// <summary>The rules of asking for documentation and recording its receipt: a known kind, days in order and not ahead, no negative cost.</summary>
public sealed class DocumentationRequestValidatorTests
{
    private static readonly DateOnly Tomorrow = new(2026, 3, 17);

    private readonly MunicipalClock _clock = Clocks.OnMondayMorning();

    [Test]
    public void ShouldAcceptARequestTodayWithoutAnExpectedDay()
    {
        new RequestDocumentationValidator(_clock).TestValidate(new RequestDocumentation(DocumentationKind.FitNote, Clocks.Today, null))
            .ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void ShouldRequireTheKindAndRefuseOneThatIsNotKnown()
    {
        var validator = new RequestDocumentationValidator(_clock);

        Assert.Multiple(() =>
        {
            validator.TestValidate(new RequestDocumentation(null, Clocks.Today, null))
                .ShouldHaveValidationErrorFor(c => c.Kind).WithMessageCode(FieldCodes.Required);
            validator.TestValidate(new RequestDocumentation((DocumentationKind)9, Clocks.Today, null))
                .ShouldHaveValidationErrorFor(c => c.Kind)
                .WithMessageCode(FieldCodes.NotOneOf, ("values", new[] { "FitNote", "PossibilityStatement", "DurationStatement", "StatusStatement" }));
        });
    }

    [Test]
    public void ShouldRefuseARequestTomorrowOrWithoutADay()
    {
        var validator = new RequestDocumentationValidator(_clock);

        Assert.Multiple(() =>
        {
            validator.TestValidate(new RequestDocumentation(DocumentationKind.DurationStatement, Tomorrow, null))
                .ShouldHaveValidationErrorFor(c => c.RequestedOn).WithMessageCode(FieldCodes.InFuture);
            validator.TestValidate(new RequestDocumentation(DocumentationKind.DurationStatement, null, null))
                .ShouldHaveValidationErrorFor(c => c.RequestedOn).WithMessageCode(FieldCodes.Required);
        });
    }

    [TestCase("2026-03-13", false, TestName = "expected the day before the request")]
    [TestCase("2026-03-14", true, TestName = "expected the day of the request")]
    [TestCase("2026-04-30", true, TestName = "expected weeks after the request")]
    public void ShouldRefuseAnExpectedDayBeforeTheRequest(string expectedBy, bool valid)
    {
        var result = new RequestDocumentationValidator(_clock)
            .TestValidate(new RequestDocumentation(DocumentationKind.PossibilityStatement, new DateOnly(2026, 3, 14), DateOnly.Parse(expectedBy)));

        if (valid)
        {
            result.ShouldNotHaveAnyValidationErrors();
        }
        else
        {
            result.ShouldHaveValidationErrorFor(c => c.ExpectedBy).WithMessageCode(DocumentationCodes.ExpectedBeforeRequested);
        }
    }

    [TestCase(null)]
    [TestCase("0")]
    [TestCase("450.50")]
    public void ShouldAcceptAReceiptTodayWithoutACostOrWithOne(string? cost)
    {
        new RecordDocumentationReceivedValidator(_clock)
            .TestValidate(new RecordDocumentationReceived(Clocks.Today, cost is null ? null : decimal.Parse(cost, CultureInfo.InvariantCulture)))
            .ShouldNotHaveAnyValidationErrors();
    }

    [TestCase("-0.01")]
    [TestCase("-450")]
    [TestCase("100000.01")]
    public void ShouldRefuseANegativeOrAbsurdCost(string cost)
    {
        new RecordDocumentationReceivedValidator(_clock)
            .TestValidate(new RecordDocumentationReceived(Clocks.Today, decimal.Parse(cost, CultureInfo.InvariantCulture)))
            .ShouldHaveValidationErrorFor(c => c.CostDkk).WithMessageCode(FieldCodes.OutOfRange, ("min", 0), ("max", 100_000m));
    }

    [Test]
    public void ShouldRefuseAReceiptTomorrowOrWithoutADay()
    {
        var validator = new RecordDocumentationReceivedValidator(_clock);

        Assert.Multiple(() =>
        {
            validator.TestValidate(new RecordDocumentationReceived(Tomorrow, null))
                .ShouldHaveValidationErrorFor(c => c.ReceivedOn).WithMessageCode(FieldCodes.InFuture);
            validator.TestValidate(new RecordDocumentationReceived(null, 300m))
                .ShouldHaveValidationErrorFor(c => c.ReceivedOn).WithMessageCode(FieldCodes.Required);
        });
    }
}
