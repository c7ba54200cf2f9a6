namespace AbsenceCases.Infrastructure.Scheduling;

/// <summary>The run of a scheduled job in whose scope the work is done: its Quartz fire instance id names it in the audit log.</summary>
public sealed class JobRun
{
    public string? Id { get; set; }
}
