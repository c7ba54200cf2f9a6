namespace AbsenceCases.Domain.Coordination;

/// <summary>A workplace a coordination group covers.</summary>
public sealed class CoordinationGroupWorkplace
{
    internal CoordinationGroupWorkplace(int unitId) => UnitId = unitId;

    public int GroupId { get; private set; }

    public int UnitId { get; private set; }
}
