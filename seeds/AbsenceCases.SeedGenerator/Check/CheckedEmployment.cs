namespace AbsenceCases.SeedGenerator.Check;

/// <summary>
/// An employment as the check reads it; an ongoing one runs to <see cref="DateOnly.MaxValue"/>. <see cref="Workplace"/>
/// is the code of the workplace the unit is or belongs to, or null above the workplaces.
/// </summary>
internal sealed record CheckedEmployment(string Unit, string? Workplace, bool IsPilot, double Fraction, DateOnly From, DateOnly To)
{
    public bool Covers(DateOnly day) => From <= day && day <= To;
}

/// <summary>A unit as the check reads it: whether it is or lies below a pilot workplace, and the workplace it is or belongs to.</summary>
internal sealed record CheckedUnit(bool IsInPilot, string? Workplace);
