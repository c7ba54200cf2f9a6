namespace AbsenceCases.Domain.Organisation;

public enum UnitKind
{
    Municipality,
    Area,
    Workplace,
    Team,
}
