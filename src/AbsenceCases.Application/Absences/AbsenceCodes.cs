namespace AbsenceCases.Application.Absences;

/// <summary>Why an absence agreement is refused, and the pattern that opened a frequent-absence case.</summary>
[MessageCodes]
public static class AbsenceCodes
{
    public const string Section56Exists = "absence.section56Exists";
    public const string FrequentPattern = "absence.frequentPattern";
}
