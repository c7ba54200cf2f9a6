namespace AbsenceCases.Domain.Organisation;

/// <summary>A user who manages a unit, and through it every unit below it.</summary>
public sealed class UnitManager
{
    private UnitManager()
    {
        UserId = string.Empty;
    }

    public UnitManager(string userId, int unitId)
    {
        UserId = userId;
        UnitId = unitId;
    }

    public string UserId { get; private set; }

    public int UnitId { get; private set; }
}
