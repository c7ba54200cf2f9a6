namespace AbsenceCases.Domain.Absences;

public enum AbsenceType
{
    OwnIllness,
    ChildIllness,
    WorkInjury,
}
