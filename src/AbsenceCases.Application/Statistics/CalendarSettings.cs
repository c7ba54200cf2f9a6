using AbsenceCases.Domain.Calendar;

namespace AbsenceCases.Application.Statistics;

/// <summary>The <c>Calendar</c> settings: extra closed days every year, as MM-dd ("06-05", "12-24", "12-31"); default none.</summary>
public sealed record CalendarSettings
{
    public IReadOnlyList<string> ExtraClosedDays { get; init; } = [];

    /// <summary>The working-day calendar; a bad day stops the application at start-up with a message naming it.</summary>
    public WorkingDayCalendar ToCalendar()
    {
        var bad = ExtraClosedDays.Where(day => !MonthDay.TryParse(day, out _)).ToList();
        if (bad.Count > 0)
        {
            throw new InvalidOperationException(
                $"Calendar:ExtraClosedDays must hold days as MM-dd (e.g. 12-24); not: {string.Join(", ", bad.Select(d => $"'{d}'"))}.");
        }

        return new WorkingDayCalendar(ExtraClosedDays.Select(MonthDay.Parse));
    }
}
