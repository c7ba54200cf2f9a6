using AbsenceCases.Application.Statistics;
using AbsenceCases.Application.Statistics.Facts;
using AbsenceCases.Domain.Calendar;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace AbsenceCases.Application.Tests.Statistics;

/// <summary>The store builds its facts on first use and follows every reported change before the next read.</summary>
public sealed class AbsenceFactStoreTests
{
    private static readonly AbsenceRateSelection March2024 =
        new(new YearMonth(2024, 3), new YearMonth(2024, 3), new DateOnly(2024, 3, 31), [UnitTree.Organisation], StatisticsGrouping.None, null);

    // A spell in January 2024 makes the facts hold the months from then on.
    private readonly Data _data = new Data()
        .Employ(1, Data.WorkplaceA, 37, "2024-01-01").Employ(2, Data.WorkplaceB, 37, "2024-01-01").Absent(2, "2024-01-08", "2024-01-08");
    private readonly Mock<IStatisticsChangeFeed> _feed = new();
    private FakeSource _source = null!;
    private ServiceProvider _services = null!;
    private AbsenceFactStore _store = null!;

    [SetUp]
    public void CreateStore()
    {
        _source = new FakeSource(_data);
        _services = new ServiceCollection().AddSingleton<IStatisticsSource>(_source).BuildServiceProvider();
        _store = new AbsenceFactStore(
            _services.GetRequiredService<IServiceScopeFactory>(), _feed.Object, WorkingDayCalendar.Danish, Clocks.OnMondayMorning(), NullLogger<AbsenceFactStore>.Instance);
    }

    [TearDown]
    public async Task DisposeStore()
    {
        _store.Dispose();
        await _services.DisposeAsync();
    }

    [Test]
    public async Task ShouldBuildOnFirstUseOnly()
    {
        await Read();
        await Read();

        Assert.That(_source.Calls, Is.EqualTo(new[] { "all" }));
    }

    [Test]
    public async Task ShouldReloadOnlyTheChangedEmployees()
    {
        await Read();
        _data.Absent(1, "2024-03-04", "2024-03-05");

        _store.EmployeesChanged([1]);
        var row = await Read();

        Assert.That(_source.Calls, Is.EqualTo(new[] { "all", "1" }));
        // Two full-timers in March 2024: 2 × 19 = 38 possible days; Monday–Tuesday 4–5 March absent.
        Assert.That((row.PossibleDays, row.AbsenceDays), Is.EqualTo((38.0, 2.0)));
    }

    [Test]
    public async Task ShouldApplyWhatOtherInstancesCommittedBeforeEachRead()
    {
        await Read();
        _data.Absent(1, "2024-03-04", "2024-03-05");
        _feed.Setup(f => f.CatchUpAsync(_store, It.IsAny<CancellationToken>()))
            .Callback(() => _store.EmployeesChanged([1]))
            .Returns(Task.CompletedTask);

        var row = await Read();

        Assert.That(_source.Calls, Is.EqualTo(new[] { "all", "1" }));
        Assert.That((row.PossibleDays, row.AbsenceDays), Is.EqualTo((38.0, 2.0)));
    }

    [Test]
    public async Task ShouldBuildAnewWhenEverythingChanged()
    {
        await Read();
        _data.Employ(3, Data.TeamA, 18.5, "2024-01-01");

        _store.EverythingChanged();
        var row = await Read();

        Assert.That(_source.Calls, Is.EqualTo(new[] { "all", "all" }));
        Assert.That(row.PossibleDays, Is.EqualTo(2.5 * 19));
    }

    [Test]
    public async Task ShouldBuildAnewWhenMoreEmployeesChangedThanAreWorthReplacing()
    {
        await Read();

        _store.EmployeesChanged(Enumerable.Range(1, AbsenceFactStore.MaxEmployeesToReplace + 1));
        await Read();

        Assert.That(_source.Calls, Is.EqualTo(new[] { "all", "all" }));
    }

    [Test]
    public async Task ShouldKeepTheChangesToRetryWhenReloadingFails()
    {
        await Read();
        _data.Absent(2, "2024-03-04", "2024-03-04");
        _store.EmployeesChanged([2]);
        _source.FailNext = true;

        Assert.ThrowsAsync<InvalidOperationException>(() => _store.RefreshAsync(CancellationToken.None));
        var row = await Read();

        Assert.That(_source.Calls, Is.EqualTo(new[] { "all", "2", "2" }));
        Assert.That(row.AbsenceDays, Is.EqualTo(1));
    }

    [Test]
    public async Task ShouldBuildAnewWhenAChangeReachesOutsideTheMonthsHeld()
    {
        await Read();
        _data.Absent(1, "2080-03-04", "2080-03-05");

        _store.EmployeesChanged([1]);
        await Read();

        Assert.That(_source.Calls, Is.EqualTo(new[] { "all", "1", "all" }));
    }

    private Task<AbsenceRateRow> Read() => _store.ReadAsync(facts => facts.AbsenceRate(March2024).Single(), CancellationToken.None);

    private sealed class FakeSource(Data data) : IStatisticsSource
    {
        public List<string> Calls { get; } = [];

        public bool FailNext { get; set; }

        public Task<StatisticsData> LoadAllAsync(CancellationToken cancellationToken)
        {
            Calls.Add("all");
            return Task.FromResult(data.All());
        }

        public Task<StatisticsData> LoadEmployeesAsync(IReadOnlyCollection<int> employeeIds, CancellationToken cancellationToken)
        {
            Calls.Add(string.Join(",", employeeIds.Order()));
            if (FailNext)
            {
                FailNext = false;
                throw new InvalidOperationException("The database is away.");
            }

            return Task.FromResult(data.Of([.. employeeIds]));
        }
    }
}
