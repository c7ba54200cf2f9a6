namespace AbsenceCases.SeedGenerator.Organisation;

internal enum UnitKind
{
    Municipality,
    Area,
    Workplace,
    Team,
}

/// <summary>One row of units.csv.</summary>
internal sealed record Unit(string Code, string Name, UnitKind Kind, string? ParentCode, bool IsPilot);
