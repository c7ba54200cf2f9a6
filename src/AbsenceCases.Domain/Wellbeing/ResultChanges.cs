namespace AbsenceCases.Domain.Wellbeing;

/// <summary>What replacing a measurement's results did, counted in (unit, dimension) rows.</summary>
public sealed record ResultChanges(int Added, int Changed, int Unchanged, int Removed);
