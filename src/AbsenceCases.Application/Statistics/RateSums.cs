using AbsenceCases.Application.Statistics.Facts;
using AbsenceCases.Domain.Calendar;

namespace AbsenceCases.Application.Statistics;

/// <summary>A range of months to compare and the day its open spells are counted up to.</summary>
internal sealed record MonthWindow(YearMonth From, YearMonth To, DateOnly AsOf)
{
    /// <summary>
    /// <paramref name="months"/> whole months from <paramref name="from"/>, ending with the current month while they have
    /// not all passed, counted up to today; none while <paramref name="from"/> is still to come.
    /// </summary>
    public static MonthWindow? Following(YearMonth from, int months, DateOnly today)
    {
        var end = from.AddMonths(months - 1);
        var current = YearMonth.Of(today);
        if (from > current)
        {
            return null;
        }

        var to = end < current ? end : current;
        return new MonthWindow(from, to, AbsenceRateQueries.AsOf(to, today));
    }

    public MonthRange ToMonthRange() => new(From.ToString(), To.ToString(), AsOf);
}

/// <summary>Possible and absence days of sickness absence (own illness and work injury), summed to compare rates.</summary>
internal sealed record RateSum(double PossibleDays, double AbsenceDays)
{
    public static RateSum Of(AbsenceRateRow row) => new(row.PossibleDays, row.AbsenceDays);

    public static RateSum OfUnit(AbsenceFacts facts, MonthWindow window, int unit) =>
        Of(facts.AbsenceRate(new AbsenceRateSelection(window.From, window.To, window.AsOf, [unit], StatisticsGrouping.None, Type: null)).Single());

    public static RateSum Total(IEnumerable<RateSum> sums) =>
        sums.Aggregate(new RateSum(0, 0), (total, sum) => new RateSum(total.PossibleDays + sum.PossibleDays, total.AbsenceDays + sum.AbsenceDays));

    public static RateChange Change(RateSum before, RateSum after)
    {
        var baseline = before.ToFigures();
        var project = after.ToFigures();
        return new RateChange(baseline, project, project.RatePercent - baseline.RatePercent);
    }

    public RateSum Minus(RateSum part) => new(PossibleDays - part.PossibleDays, AbsenceDays - part.AbsenceDays);

    public RateFigures ToFigures() => new(PossibleDays, AbsenceDays, PossibleDays == 0 ? 0 : 100 * AbsenceDays / PossibleDays);
}
