namespace AbsenceCases.SeedGenerator.Organisation;

/// <summary>A staff group (faggruppe) and the weekly hours its employees are typically employed at.</summary>
internal sealed record StaffGroup(string Name, WeightedChoice<decimal> WeeklyHours)
{
    public static StaffGroup Leader { get; } = new("Leder", WeightedChoice<decimal>.Of((37m, 1)));
}
