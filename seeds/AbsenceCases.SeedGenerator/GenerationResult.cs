namespace AbsenceCases.SeedGenerator;

/// <summary>The rows written: units, distinct employees, employment rows, spell rows and how many spells are open.</summary>
public sealed record GenerationResult(int Units, int Employees, int Employments, int Spells, int OpenSpells);
