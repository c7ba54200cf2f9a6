namespace AbsenceCases.Domain.Absences;

/// <summary>The length of an absence period in calendar days from its first to its last day.</summary>
public enum LengthBand
{
    /// <summary>1–14 days.</summary>
    Short,

    /// <summary>15–29 days.</summary>
    Medium,

    /// <summary>30 days or more.</summary>
    Long,
}

/// <summary>The bands of absence periods and their codes in the API: short, medium, long.</summary>
public static class LengthBands
{
    public const int MediumFromDays = 15;
    public const int LongFromDays = 30;

    private static readonly string[] Codes = ["short", "medium", "long"];

    public static IReadOnlyList<string> All => Codes;

    public static LengthBand Of(int calendarDays) =>
        calendarDays >= LongFromDays ? LengthBand.Long : calendarDays >= MediumFromDays ? LengthBand.Medium : LengthBand.Short;

    public static string ToCode(this LengthBand band) => Codes[(int)band];
}
