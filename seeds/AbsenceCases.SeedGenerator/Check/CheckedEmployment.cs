namespace AbsenceCases.SeedGenerator.Check;

/// <summary>An employment as the check reads it; an ongoing one runs to <see cref="DateOnly.MaxValue"/>.</summary>
internal sealed record CheckedEmployment(bool IsPilot, double Fraction, DateOnly From, DateOnly To)
{
    public bool Covers(DateOnly day) => From <= day && day <= To;
}
