namespace AbsenceCases.Application.Tests.Time;

/// <summary>
/// Copenhagen is UTC+1 in winter and UTC+2 in summer. In 2026 summer time starts on 29 March at 01:00 UTC
/// (02:00 local becomes 03:00) and ends on 25 October at 01:00 UTC (03:00 local becomes 02:00).
/// </summary>
public sealed class MunicipalClockTests
{
    [TestCase("2026-03-16T08:00:00Z", "2026-03-16", TestName = "A winter morning")]
    [TestCase("2026-03-16T22:59:59Z", "2026-03-16", TestName = "A second before midnight in winter")]
    [TestCase("2026-03-16T23:00:00Z", "2026-03-17", TestName = "Midnight in winter is 23:00 UTC")]
    [TestCase("2026-03-28T23:30:00Z", "2026-03-29", TestName = "The night summer time starts, after local midnight")]
    [TestCase("2026-03-29T00:59:59Z", "2026-03-29", TestName = "Just before the clocks go forward")]
    [TestCase("2026-03-29T01:00:00Z", "2026-03-29", TestName = "As the clocks go forward to 03:00")]
    [TestCase("2026-03-29T21:59:59Z", "2026-03-29", TestName = "A second before the first summer midnight")]
    [TestCase("2026-03-29T22:00:00Z", "2026-03-30", TestName = "The first summer midnight is 22:00 UTC")]
    [TestCase("2026-10-24T21:59:59Z", "2026-10-24", TestName = "A second before midnight on the last summer night")]
    [TestCase("2026-10-24T22:30:00Z", "2026-10-25", TestName = "The night summer time ends, after local midnight")]
    [TestCase("2026-10-25T00:30:00Z", "2026-10-25", TestName = "The first 02:30 local, before the clocks go back")]
    [TestCase("2026-10-25T01:30:00Z", "2026-10-25", TestName = "The second 02:30 local, after the clocks go back")]
    [TestCase("2026-10-25T22:59:59Z", "2026-10-25", TestName = "A second before the first winter midnight")]
    [TestCase("2026-10-25T23:00:00Z", "2026-10-26", TestName = "The first winter midnight is 23:00 UTC")]
    [TestCase("2026-12-31T22:59:59Z", "2026-12-31", TestName = "New Year's Eve, a second before midnight")]
    [TestCase("2026-12-31T23:30:00Z", "2027-01-01", TestName = "New Year in Copenhagen while it is still 2026 in UTC")]
    public void ShouldGiveTheDateInCopenhagen(string utcInstant, string expectedDate)
    {
        var clock = Clocks.At(DateTimeOffset.Parse(utcInstant, System.Globalization.CultureInfo.InvariantCulture));

        Assert.That(clock.Today, Is.EqualTo(DateOnly.ParseExact(expectedDate, "yyyy-MM-dd")));
    }

    [Test]
    public void ShouldGiveTheSameDateForAnInstantWhateverItsOffset()
    {
        var inNewYork = new DateTimeOffset(2026, 3, 16, 19, 30, 0, TimeSpan.FromHours(-4));

        Assert.That(MunicipalClock.DateOf(inNewYork), Is.EqualTo(new DateOnly(2026, 3, 17)), "23:30 UTC is 00:30 in Copenhagen");
    }

    [Test]
    public void ShouldFollowTheTimeProvider()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 16, 22, 30, 0, TimeSpan.Zero));
        var clock = new MunicipalClock(time);
        Assert.That(clock.Today, Is.EqualTo(new DateOnly(2026, 3, 16)));

        time.Advance(TimeSpan.FromMinutes(30));

        Assert.That(clock.Today, Is.EqualTo(new DateOnly(2026, 3, 17)));
        Assert.That(clock.Now, Is.EqualTo(new DateTimeOffset(2026, 3, 16, 23, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public void ShouldUseTheCopenhagenTimeZone()
    {
        Assert.That(MunicipalClock.TimeZone.GetUtcOffset(new DateTime(2026, 1, 15, 12, 0, 0, DateTimeKind.Utc)), Is.EqualTo(TimeSpan.FromHours(1)));
        Assert.That(MunicipalClock.TimeZone.GetUtcOffset(new DateTime(2026, 7, 15, 12, 0, 0, DateTimeKind.Utc)), Is.EqualTo(TimeSpan.FromHours(2)));
    }

    [Test]
    public void ShouldStampAnActionWithTheUserAndTheMunicipalDate()
    {
        var clock = Clocks.At(new DateTimeOffset(2026, 3, 28, 23, 30, 0, TimeSpan.Zero));

        var stamp = clock.Stamp(Users.Manager());

        Assert.That(stamp, Is.EqualTo(new ActionStamp(
            Users.ManagerId, "Mette Leder", new DateTimeOffset(2026, 3, 28, 23, 30, 0, TimeSpan.Zero), new DateOnly(2026, 3, 29))));
    }

    [Test]
    public void ShouldStampAnActionWithoutAUserAsTheSystem()
    {
        var stamp = Clocks.OnMondayMorning().Stamp(Users.System());

        Assert.Multiple(() =>
        {
            Assert.That(stamp.UserId, Is.EqualTo("system"));
            Assert.That(stamp.UserName, Is.EqualTo("System"));
            Assert.That(stamp.At, Is.EqualTo(new DateTimeOffset(2026, 3, 16, 8, 0, 0, TimeSpan.Zero)));
            Assert.That(stamp.Today, Is.EqualTo(new DateOnly(2026, 3, 16)));
        });
    }
}
