namespace AbsenceCases.Domain.Absences;

/// <summary>The codes of absence types in files, the database and the API: own_illness, child_illness, work_injury.</summary>
public static class AbsenceTypeCodes
{
    private static readonly Dictionary<AbsenceType, string> Codes = new()
    {
        [AbsenceType.OwnIllness] = "own_illness",
        [AbsenceType.ChildIllness] = "child_illness",
        [AbsenceType.WorkInjury] = "work_injury",
    };

    private static readonly Dictionary<string, AbsenceType> Types =
        Codes.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyCollection<string> All => Codes.Values;

    public static string ToCode(this AbsenceType type) => Codes[type];

    public static bool TryParse(string? code, out AbsenceType type) =>
        Types.TryGetValue(code?.Trim() ?? string.Empty, out type);

    public static AbsenceType Parse(string code) =>
        TryParse(code, out var type) ? type : throw new FormatException($"Unknown absence type '{code}'.");

    /// <summary>The headline "sickness absence" is own illness and work injury; child illness is reported separately.</summary>
    public static bool IsSickness(this AbsenceType type) => type != AbsenceType.ChildIllness;
}
