namespace AbsenceCases.Application.Jobs;

/// <summary>What a run of a scheduled job did, as counts by name.</summary>
public sealed record JobResult(string Job, IReadOnlyDictionary<string, int> Counts);
