namespace AbsenceCases.SeedGenerator.Absences;

/// <summary>The statistics' length bands: short 1–14, medium 15–29, long 30 or more calendar days.</summary>
internal enum LengthBand
{
    Short,
    Medium,
    Long,
}
