namespace AbsenceCases.Domain.Prevention;

/// <summary>A prevention initiative at a workplace; the statistics relate the absence before and after it.</summary>
public sealed class PreventionInitiative
{
    private PreventionInitiative()
    {
        Description = string.Empty;
    }

    public PreventionInitiative(int unitId, InitiativeType type, string description, DateOnly startOn, DateOnly? endOn)
    {
        UnitId = unitId;
        Description = description;
        Update(type, description, startOn, endOn);
    }

    public int Id { get; private set; }

    public int UnitId { get; private set; }

    public InitiativeType Type { get; private set; }

    public string Description { get; private set; }

    public DateOnly StartOn { get; private set; }

    public DateOnly? EndOn { get; private set; }

    public void Update(InitiativeType type, string description, DateOnly startOn, DateOnly? endOn)
    {
        Type = type;
        Description = description;
        StartOn = startOn;
        EndOn = endOn;
    }
}
