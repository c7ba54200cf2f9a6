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
            .NotEmpty().WithMessage("Required, a month in the form yyyy-MM.")
            .Must(text => YearMonth.TryParse(text, out _)).WithMessage("Must be a month in the form yyyy-MM.")
            .Must(text => YearMonth.Parse(text!) is var month && month >= MinMonth && month <= MaxMonth)
            .WithMessage($"Must be between {MinMonth} and {MaxMonth}.");

    /// <summary>The end of a range: on or after its start and at most <see cref="MaxMonths"/> months from it.</summary>
    public static IRuleBuilderOptions<T, string?> EndOfRange<T>(this IRuleBuilderInitial<T, string?> rule, Func<T, string?> start, string startName) =>
        rule.Month()
            .Must((request, end) => !TryRange(start(request), end, out var from, out var to) || from <= to)
            .WithMessage($"Must not be before {startName}.")
            .Must((request, end) => !TryRange(start(request), end, out var from, out var to) || YearMonth.Span(from, to) <= MaxMonths)
            .WithMessage($"At most {MaxMonths} months from {startName}.");

    public static IRuleBuilderOptions<T, string?> Grouping<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(groupBy => !StatisticsGroupings.Unknown(groupBy).Any())
            .WithMessage((_, groupBy) =>
                $"Unknown grouping {string.Join(", ", StatisticsGroupings.Unknown(groupBy).Select(g => $"'{g}'"))}; use {StatisticsGroupings.Allowed}.");

    public static IRuleBuilderOptions<T, string?> OptionalAbsenceType<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(code => string.IsNullOrWhiteSpace(code) || AbsenceTypeCodes.TryParse(code, out _))
            .WithMessage($"Must be one of: {string.Join(", ", AbsenceTypeCodes.All)}.");

    private static bool TryRange(string? start, string? end, out YearMonth from, out YearMonth to)
    {
        to = default;
        return YearMonth.TryParse(start, out from) && YearMonth.TryParse(end, out to);
    }
}
