namespace AbsenceCases.SeedGenerator.Absences;

internal enum AbsenceType
{
    OwnIllness,
    ChildIllness,
    WorkInjury,
}

internal static class AbsenceTypeCodes
{
    public static string ToCode(this AbsenceType type) => type switch
    {
        AbsenceType.OwnIllness => "own_illness",
        AbsenceType.ChildIllness => "child_illness",
        AbsenceType.WorkInjury => "work_injury",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
