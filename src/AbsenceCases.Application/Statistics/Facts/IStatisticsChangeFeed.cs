namespace AbsenceCases.Application.Statistics.Facts;

/// <summary>
/// The database's feed of committed changes to the statistics' data, by which instances on one database agree: each
/// transaction that changes spells, employments, employees or units writes a row, and each instance reads the rows of the
/// others before it answers from its facts.
/// </summary>
public interface IStatisticsChangeFeed
{
    /// <summary>
    /// Reports to <paramref name="changes"/> what other instances committed since the last call, or that everything
    /// changed when rows it had not read are deleted. The first call only finds the feed's end: the facts are then built.
    /// </summary>
    Task CatchUpAsync(IStatisticsChanges changes, CancellationToken cancellationToken);

    /// <summary>Deletes the rows no instance still needs (the newest is kept); returns how many.</summary>
    Task<int> DeleteOldChangesAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
