namespace AbsenceCases.Domain.Organisation;

/// <summary>A user who manages a unit, and through it every unit below it.</summary>
public sealed class UnitManager(string userId, int unitId)
{
    public string UserId { get; private set; } = userId;

    public int UnitId { get; private set; } = unitId;
}
