namespace AbsenceCases.SeedGenerator.Organisation;

/// <summary>A workplace unit of an area; employees work in one of its teams when it has any.</summary>
internal sealed record Workplace(Unit Unit, AreaProfile Area, IReadOnlyList<Unit> Teams)
{
    public bool IsPilot => Unit.IsPilot;

    public Unit PlaceEmployee(Random random) => Teams.Count == 0 ? Unit : Teams[random.Next(Teams.Count)];

    /// <summary>The workplace itself, or its first team when it has teams.</summary>
    public Unit FirstPlace => Teams.Count == 0 ? Unit : Teams[0];
}
