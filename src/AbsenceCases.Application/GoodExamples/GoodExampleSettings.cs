namespace AbsenceCases.Application.GoodExamples;

/// <summary>
/// Every manager reads the whole bank, so a workplace's absence rate in it must not point at a person: only a workplace
/// with at least <see cref="MinEmployees"/> employees in the months before and in those after can be an example.
/// </summary>
public sealed record GoodExampleSettings
{
    public int MinEmployees { get; init; } = 5;
}
