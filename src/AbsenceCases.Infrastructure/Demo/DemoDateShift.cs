using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AbsenceCases.Infrastructure.Demo;

/// <summary>Moves every ISO date of the demo files by the same number of days, so the newest data ends today.</summary>
internal static partial class DemoDateShift
{
    public static DateOnly NewestDate(string csv) =>
        IsoDate().Matches(csv).Select(m => Parse(m.Value)).DefaultIfEmpty(DateOnly.MinValue).Max();

    public static Stream Shift(string csv, int days) =>
        new MemoryStream(Encoding.UTF8.GetBytes(IsoDate().Replace(csv, m => Moved(m.Value, days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));

    /// <summary>An ISO date of a demo file, moved <paramref name="days"/> days.</summary>
    public static DateOnly Moved(string iso, int days) => Parse(iso).AddDays(days);

    private static DateOnly Parse(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDate();
}
