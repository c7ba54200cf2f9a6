namespace AbsenceCases.SeedGenerator.Absences;

/// <summary>One row of absences.csv; <see cref="LastDay"/> is null for a spell still open at the end date.</summary>
internal readonly record struct Spell(AbsenceType Type, DateOnly FirstDay, DateOnly? LastDay, int Percent);

/// <summary>A stretch of a spell at one percent, before it is cut at the employment boundaries.</summary>
internal readonly record struct SpellPart(DateOnly FirstDay, DateOnly LastDay, int Percent);
