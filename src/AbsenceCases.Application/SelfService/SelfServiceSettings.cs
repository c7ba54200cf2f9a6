namespace AbsenceCases.Application.SelfService;

/// <summary>
/// What employees may do themselves. Reporting back to work is off by default: Brønderslev's model has the employee
/// call the manager, so that the return is also a conversation.
/// </summary>
public sealed record SelfServiceSettings
{
    public bool ReportReturn { get; init; }
}
