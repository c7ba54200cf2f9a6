using AbsenceCases.Application.Statistics.Facts;
using AbsenceCases.Domain.Absences;
using AbsenceCases.Domain.Calendar;

namespace AbsenceCases.Application.Statistics;

/// <summary>The statistics' parameter rules, with their messages in one place.</summary>
public static class StatisticsRules
{
    public const int MaxMonths = 120;

    public static YearMonth MinMonth => AbsenceFacts.MinMonth;

    public static YearMonth MaxMonth => AbsenceFacts.MaxMonth;

    /// <summary>A required month yyyy-MM between <see cref="MinMonth"/> and <see cref="MaxMonth"/>.</summary>
    public static IRuleBuilderOptions<T, string?> Month<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithCode(StatisticsCodes.MonthRequired)
            .Must(text => YearMonth.TryParse(text, out _)).WithCode(FieldCodes.NotAMonth)
            .Must(text => YearMonth.Parse(text!) is var month && month >= MinMonth && month <= MaxMonth)
            .WithCode(FieldCodes.OutOfRange, ("min", MinMonth.ToString()), ("max", MaxMonth.ToString()));

    /// <summary>The end of a range: on or after its start and at most <see cref="MaxMonths"/> months from it.</summary>
    /// <param name="baseline">Whether the range is the baseline period, whose start the messages name differently.</param>
    public static IRuleBuilderOptions<T, string?> EndOfRange<T>(this IRuleBuilderInitial<T, string?> rule, Func<T, string?> start, bool baseline = false) =>
        rule.Month()
            .Must((request, end) => !TryRange(start(request), end, out var from, out var to) || from <= to)
            .WithCode(baseline ? StatisticsCodes.BeforeBaselineFrom : StatisticsCodes.BeforeFrom)
            .Must((request, end) => !TryRange(start(request), end, out var from, out var to) || YearMonth.Span(from, to) <= MaxMonths)
            .WithCode(baseline ? StatisticsCodes.TooLongFromBaselineFrom : StatisticsCodes.TooLongFromFrom, ("max", MaxMonths));

    public static IRuleBuilderOptions<T, string?> Grouping<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(groupBy => !StatisticsGroupings.Unknown(groupBy).Any())
            .WithCode(StatisticsCodes.UnknownGrouping, (_, groupBy) => new MessageCode(
                StatisticsCodes.UnknownGrouping, ("groupings", StatisticsGroupings.Unknown(groupBy).ToList()), ("allowed", StatisticsGroupings.Allowed)));

    public static IRuleBuilderOptions<T, string?> OptionalAbsenceType<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(code => string.IsNullOrWhiteSpace(code) || AbsenceTypeCodes.TryParse(code, out _))
            .WithCode(FieldCodes.NotOneOf, ("values", AbsenceTypeCodes.All));

    private static bool TryRange(string? start, string? end, out YearMonth from, out YearMonth to)
    {
        to = default;
        return YearMonth.TryParse(start, out from) && YearMonth.TryParse(end, out to);
    }
}
