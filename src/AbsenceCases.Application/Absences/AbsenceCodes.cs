namespace AbsenceCases.Application.Absences;

/// <summary>Why an absence agreement is refused.</summary>
[MessageCodes]
public static class AbsenceCodes
{
    public const string Section56Exists = "absence.section56Exists";
}
