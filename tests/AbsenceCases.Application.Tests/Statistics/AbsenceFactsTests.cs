using AbsenceCases.Application.Statistics;
using AbsenceCases.Application.Statistics.Facts;
using AbsenceCases.Domain.Calendar;

namespace AbsenceCases.Application.Tests.Statistics;

/// <summary>The fact engine on its own: periods, open spells as of a date, the organisation root, and replacing an employee's facts.</summary>
public sealed class AbsenceFactsTests
{
    private static readonly DateOnly Today = new(2026, 3, 16);

    [Test]
    public void ShouldLetASpellStartingAfterTheAsOfDateEndTheOpenPeriodAtTheClosedSpellBeforeIt()
    {
        // 4–8 March 2024 closed, then from Saturday 9 March open: one period while the open spell counts.
        var data = new Data().Employ(1, Data.WorkplaceA, 37, "2024-01-01").Absent(1, "2024-03-04", "2024-03-08").Absent(1, "2024-03-09", null);
        var facts = AbsenceFacts.Build(data.All(), WorkingDayCalendar.Danish, Today);

        // As of 8 March the open spell has not begun: the period is 4–8 March, 5 days, ended on the 8th.
        var early = Row(facts, "2024-03", "2024-03", new DateOnly(2024, 3, 8), StatisticsGrouping.LengthBand);
        // As of 31 March: 4–31 March is one 28-day period (medium): 4–8, 11–15, 18–22, 25–27 = 18 working days.
        var late = Row(facts, "2024-03", "2024-03", new DateOnly(2024, 3, 31), StatisticsGrouping.LengthBand);

        Assert.That(early.Select(r => (r.LengthBand, r.AbsenceDays, r.PeriodsEnded)), Is.EqualTo(new[] { ("short", 5.0, 1), ("medium", 0.0, 0), ("long", 0.0, 0) }));
        Assert.That(late.Select(r => (r.LengthBand, r.AbsenceDays, r.PeriodsEnded)), Is.EqualTo(new[] { ("short", 0.0, 0), ("medium", 18.0, 1), ("long", 0.0, 0) }));
    }

    [Test]
    public void ShouldBuildEmptyFactsForAnInstallationWithUnitsButNoEmployeesYet()
    {
        var facts = AbsenceFacts.Build(new Data().All(), WorkingDayCalendar.Danish, Today);

        var organisation = Row(facts, "2024-03", "2024-03", new DateOnly(2024, 3, 31), StatisticsGrouping.None).Single();

        Assert.That((organisation.PossibleDays, organisation.AbsenceDays, organisation.PeriodsEnded), Is.EqualTo((0.0, 0.0, 0)));
    }

    [Test]
    public void ShouldSumTheWholeOrganisationOverEveryRoot()
    {
        var data = new Data().Employ(1, Data.TeamA, 37, "2024-01-01").Employ(2, Data.OtherRoot, 18.5, "2024-01-01");
        var facts = AbsenceFacts.Build(data.All(), WorkingDayCalendar.Danish, Today);

        var organisation = Row(facts, "2024-03", "2024-03", new DateOnly(2024, 3, 31), StatisticsGrouping.None).Single();
        var municipality = facts.AbsenceRate(Selection(facts, "2024-03", "2024-03", StatisticsGrouping.None, Data.Municipality)).Single();

        // March 2024: 19 working days; f = 1 in team A1 under the municipality, 0.5 in the other root.
        Assert.That((organisation.PossibleDays, municipality.PossibleDays), Is.EqualTo((28.5, 19.0)));
    }

    [Test]
    public void ShouldNotBeAbleToReplaceFactsOutsideTheMonthsItHolds()
    {
        var data = new Data().Employ(1, Data.WorkplaceA, 37, "2024-01-01").Absent(1, "2024-03-04", "2024-03-08");
        var facts = AbsenceFacts.Build(data.All(), WorkingDayCalendar.Danish, Today);
        data.Absent(1, "2090-03-06", "2090-03-07");

        Assert.That(facts.TryReplace([1], data.Of(1)), Is.False);
        Assert.That(Row(facts, "2024-03", "2024-03", new DateOnly(2024, 3, 31), StatisticsGrouping.None).Single().AbsenceDays, Is.EqualTo(5));
    }

    [Test]
    public void ShouldNotBeAbleToReplaceFactsOfAnEmploymentInAnUnknownUnit()
    {
        var data = new Data().Employ(1, Data.WorkplaceA, 37, "2024-01-01");
        var facts = AbsenceFacts.Build(data.All(), WorkingDayCalendar.Danish, Today);
        data.Employ(1, 99, 37, "2025-01-01");

        Assert.That(facts.TryReplace([1], data.Of(1)), Is.False);
    }

    [Test]
    public void ShouldGiveTheSameTablesAfterReplacingEmployeesAsAfterBuildingAnew()
    {
        var random = new Random(5);
        var data = RandomData(random, employees: 40);
        var facts = AbsenceFacts.Build(data.All(), WorkingDayCalendar.Danish, Today);

        for (var round = 0; round < 25; round++)
        {
            var changed = Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(1, 41)).Distinct().ToArray();
            Change(data, changed, random);
            Assert.That(facts.TryReplace(changed, data.Of(changed)), Is.True);
        }

        var rebuilt = AbsenceFacts.Build(data.All(), WorkingDayCalendar.Danish, Today);
        foreach (var grouping in new[] { StatisticsGrouping.Month | StatisticsGrouping.Unit | StatisticsGrouping.Type | StatisticsGrouping.LengthBand, StatisticsGrouping.None })
        {
            foreach (var asOf in new[] { new DateOnly(2025, 12, 31), new DateOnly(2025, 6, 15) })
            {
                var selection = new AbsenceRateSelection(new YearMonth(2024, 1), new YearMonth(2025, 12), asOf, [UnitTree.Organisation], grouping, null);
                Assert.That(facts.AbsenceRate(selection), Is.EqualTo(rebuilt.AbsenceRate(selection)), $"{grouping} as of {asOf}");
            }
        }
    }

    [Test]
    public void ShouldGiveTheSameTablesWhetherTheRowsComeInEmployeeOrderOrShuffledInSeveralShares()
    {
        var random = new Random(13);
        var data = RandomData(random, employees: 40);
        var inOrder = AbsenceFacts.Build(data.All(), WorkingDayCalendar.Danish, Today);
        var spells = data.Spells.OrderBy(_ => random.Next()).ToList();
        var shuffled = new StatisticsData(
            Data.Units, data.Employments.OrderBy(_ => random.Next()).ToList(), [spells[..50], spells[50..200], spells[200..]]);

        var fromShares = AbsenceFacts.Build(shuffled, WorkingDayCalendar.Danish, Today);

        var selection = new AbsenceRateSelection(
            new YearMonth(2024, 1), new YearMonth(2025, 12), new DateOnly(2025, 12, 31), [UnitTree.Organisation],
            StatisticsGrouping.Month | StatisticsGrouping.Unit | StatisticsGrouping.Type | StatisticsGrouping.LengthBand, null);
        Assert.That(fromShares.AbsenceRate(selection), Is.EqualTo(inOrder.AbsenceRate(selection)));
        Assert.That(fromShares.AbsenceRate(selection).Sum(r => r.AbsenceDays), Is.GreaterThan(0));
    }

    private static IReadOnlyList<AbsenceRateRow> Row(AbsenceFacts facts, string from, string to, DateOnly asOf, StatisticsGrouping grouping) =>
        facts.AbsenceRate(new AbsenceRateSelection(YearMonth.Parse(from), YearMonth.Parse(to), asOf, [UnitTree.Organisation], grouping, null));

    private static AbsenceRateSelection Selection(AbsenceFacts facts, string from, string to, StatisticsGrouping grouping, int unitId) =>
        new(YearMonth.Parse(from), YearMonth.Parse(to), YearMonth.Parse(to).LastDay, [facts.Units.IndexOf(unitId)!.Value], grouping, null);

    private static Data RandomData(Random random, int employees)
    {
        var data = new Data();
        for (var employee = 1; employee <= employees; employee++)
        {
            AddHistory(data, employee, random);
        }

        return data;
    }

    private static void Change(Data data, int[] employees, Random random)
    {
        data.Employments.RemoveAll(e => employees.Contains(e.EmployeeId));
        data.Spells.RemoveAll(s => employees.Contains(s.EmployeeId));
        foreach (var employee in employees)
        {
            AddHistory(data, employee, random);
        }
    }

    /// <summary>One or two employments (sometimes concurrent) and contiguous, partial, weekend and open spells in 2024–2025.</summary>
    private static void AddHistory(Data data, int employee, Random random)
    {
        int[] units = [Data.WorkplaceA, Data.WorkplaceB, Data.TeamA, Data.OtherRoot];
        var start = new DateOnly(2024, 1, 1).AddDays(random.Next(0, 200));
        var change = start.AddDays(random.Next(60, 400));
        data.Employ(employee, units[random.Next(units.Length)], random.Next(2) == 0 ? 37 : 18.5, $"{start:yyyy-MM-dd}", $"{change:yyyy-MM-dd}");
        data.Employ(employee, units[random.Next(units.Length)], random.Next(10, 38), $"{(random.Next(4) == 0 ? start : change.AddDays(1)):yyyy-MM-dd}");
        foreach (var type in Enum.GetValues<AbsenceType>())
        {
            var day = start.AddDays(random.Next(0, 30));
            while (day < new DateOnly(2025, 12, 1))
            {
                var last = day.AddDays(random.Next(0, 20));
                var open = last >= new DateOnly(2025, 11, 1) && random.Next(2) == 0;
                data.Absent(employee, $"{day:yyyy-MM-dd}", open ? null : $"{last:yyyy-MM-dd}", random.Next(3) == 0 ? 50 : 100, type);
                if (open)
                {
                    break;
                }

                day = last.AddDays(random.Next(3) == 0 ? 1 : random.Next(2, 90));
            }
        }
    }
}
