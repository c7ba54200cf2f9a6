using AbsenceCases.Domain.Wellbeing;

namespace AbsenceCases.Domain.Tests.Wellbeing;

public sealed class MeasurementTests
{
    private static readonly DateOnly October1 = new(2025, 10, 1);
    private static readonly DateOnly October31 = new(2025, 10, 31);
    private static readonly DateOnly November1 = new(2025, 11, 1);
    private static readonly ResultFigures[] Figures = [new(1, "Tillid", 70m, 8, 10), new(2, "Tillid", 50m, 5, 5)];

    [Test]
    public void ShouldAddChangeKeepAndRemoveResultsByUnitAndDimension()
    {
        var measurement = new Measurement("Trivsel", MeasurementKind.Wellbeing, October1, October31, null, null);
        measurement.ReplaceResults([new(1, "Tillid", 70m, 8, 10), new(1, "Ledelse", 60m, 8, 10), new(2, "Tillid", 50m, 5, 5)], November1);

        var changes = measurement.ReplaceResults([new(1, "Tillid", 70m, 8, 10), new(1, "Ledelse", 62.5m, 8, 10), new(3, "Tillid", 90m, 6, 7)], November1);

        Assert.That(changes, Is.EqualTo(new ResultChanges(Added: 1, Changed: 1, Unchanged: 1, Removed: 1)));
        Assert.That(measurement.Results.Select(r => r.Figures), Is.EquivalentTo(new ResultFigures[]
        {
            new(1, "Tillid", 70m, 8, 10), new(1, "Ledelse", 62.5m, 8, 10), new(3, "Tillid", 90m, 6, 7),
        }));
    }

    [TestCase(100.01, 5, 5, MeasurementCodes.ScoreOutOfRange)]
    [TestCase(-0.5, 5, 5, MeasurementCodes.ScoreOutOfRange)]
    [TestCase(50.125, 5, 5, MeasurementCodes.ScoreOutOfRange)]
    [TestCase(50, 6, 5, MeasurementCodes.RespondentsAboveInvited)]
    [TestCase(50, -1, 5, MeasurementCodes.RespondentsAboveInvited)]
    public void ShouldRefuseFiguresNoSurveyCanHave(decimal score, int respondents, int invited, string code)
    {
        var measurement = new Measurement("Trivsel", MeasurementKind.Wellbeing, October1, October31, null, null);

        var refusal = Assert.Throws<DomainException>(() => measurement.ReplaceResults([new(1, "Tillid", score, respondents, invited)], November1));

        Assert.That(refusal!.Refusal.Code, Is.EqualTo(code));
        Assert.That(measurement.Results, Is.Empty);
    }

    [Test]
    public void ShouldRefuseAUnitsDimensionTwice()
    {
        var measurement = new Measurement("Trivsel", MeasurementKind.Wellbeing, October1, October31, null, null);

        var refusal = Assert.Throws<DomainException>(() => measurement.ReplaceResults([new(1, "Tillid", 70m, 8, 10), new(1, "Tillid", 60m, 8, 10)], November1));

        Assert.That(refusal!.Refusal.Code, Is.EqualTo(MeasurementCodes.ResultTwice));
    }

    [Test]
    public void ShouldFollowUpOnlyAMeasurementFieldedBefore()
    {
        var autumn = new Measurement("Efterår", MeasurementKind.SocialCapital, October1, October31, null, null);

        Assert.That(autumn.MayBeFollowedUpFrom(new DateOnly(2025, 11, 1)), Is.True);
        Assert.That(autumn.MayBeFollowedUpFrom(October31), Is.False);
        Assert.That(Assert.Throws<DomainException>(() => new Measurement("Forår", MeasurementKind.SocialCapital, October31, October31, null, autumn))!.Refusal.Code,
            Is.EqualTo(MeasurementCodes.FollowUpBeforeOriginal));
    }

    [Test]
    public void ShouldRefuseAFieldingPeriodBackwardsAndAPublicationBeforeItsEnd()
    {
        Assert.That(Assert.Throws<DomainException>(() => new Measurement("M", MeasurementKind.Osa, October31, October1, null, null))!.Refusal.Code,
            Is.EqualTo(MeasurementCodes.FieldedToBeforeFrom));
        Assert.That(Assert.Throws<DomainException>(() => new Measurement("M", MeasurementKind.Osa, October1, October31, new DateOnly(2025, 10, 30), null))!.Refusal.Code,
            Is.EqualTo(MeasurementCodes.PublishedBeforeFielded));
    }

    [Test]
    public void ShouldFreezePublishedResultsButTakeTheSameFiguresAgain()
    {
        var measurement = new Measurement("Trivsel", MeasurementKind.Wellbeing, October1, October31, November1, null);
        measurement.ReplaceResults(Figures, November1);

        var refusal = Assert.Throws<DomainException>(() => measurement.ReplaceResults([Figures[0], new(2, "Tillid", 50m, 6, 6)], November1));
        var again = measurement.ReplaceResults(Figures.Reverse().ToArray(), November1);

        Assert.That(refusal!.Refusal.Code, Is.EqualTo(MeasurementCodes.ResultsPublished));
        Assert.That(again, Is.EqualTo(new ResultChanges(Added: 0, Changed: 0, Unchanged: 2, Removed: 0)));
        Assert.That(measurement.Results.Select(r => r.Figures), Is.EquivalentTo(Figures));
    }

    [Test]
    public void ShouldLetResultsChangeUntilTheDayOfPublication()
    {
        var measurement = new Measurement("Trivsel", MeasurementKind.Wellbeing, October1, October31, November1.AddDays(1), null);
        measurement.ReplaceResults(Figures, November1);

        var changes = measurement.ReplaceResults([Figures[0]], November1);

        Assert.That(changes, Is.EqualTo(new ResultChanges(Added: 0, Changed: 0, Unchanged: 1, Removed: 1)));
        Assert.That(measurement.IsPublishedBy(November1), Is.False);
        Assert.That(measurement.IsPublishedBy(November1.AddDays(1)), Is.True);
    }

    [Test]
    public void ShouldPublishOnADayFromTheEndOfTheFieldingAndOnlyOnce()
    {
        var measurement = new Measurement("Trivsel", MeasurementKind.Wellbeing, October1, October31, null, null);

        var early = Assert.Throws<DomainException>(() => measurement.Publish(October31.AddDays(-1), November1));
        measurement.Publish(October31, November1);
        var again = Assert.Throws<DomainException>(() => measurement.Publish(November1, November1));

        Assert.That(early!.Refusal.Code, Is.EqualTo(MeasurementCodes.PublishedBeforeFielded));
        Assert.That(again!.Refusal.Code, Is.EqualTo(MeasurementCodes.AlreadyPublished));
        Assert.That(measurement.PublishedOn, Is.EqualTo(October31));
    }

    [Test]
    public void ShouldMoveAPublicationThatHasNotComeYet()
    {
        var measurement = new Measurement("Trivsel", MeasurementKind.Wellbeing, October1, October31, November1.AddDays(7), null);

        measurement.Publish(November1.AddDays(1), November1);

        Assert.That(measurement.PublishedOn, Is.EqualTo(November1.AddDays(1)));
    }
}
