namespace AbsenceCases.Infrastructure.Statistics;

/// <summary>This instance's name in the change feed: new at every start, so that two hosts on one database differ.</summary>
internal sealed class StatisticsChangeOrigin
{
    public const int Length = 32;

    public string Id { get; } = Guid.NewGuid().ToString("N");
}
