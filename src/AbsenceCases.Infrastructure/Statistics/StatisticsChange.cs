namespace AbsenceCases.Infrastructure.Statistics;

/// <summary>
/// A row of the statistics' change feed: what one committed transaction changed of the data behind the statistics,
/// written in that transaction, so that every other instance on the database can bring its facts up to date. The
/// rows are read in order of <see cref="Sequence"/>.
/// </summary>
internal sealed class StatisticsChange
{
    public long Sequence { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>The instance that wrote it (<see cref="StatisticsChangeOrigin"/>); it applied the change itself.</summary>
    public string Origin { get; private set; } = string.Empty;

    /// <summary>The employees whose employments or spells changed, comma-separated; none when everything must be recomputed.</summary>
    public string? EmployeeIds { get; private set; }
}

internal sealed class StatisticsChangeConfiguration : IEntityTypeConfiguration<StatisticsChange>
{
    public const string Table = "StatisticsChanges";

    public void Configure(EntityTypeBuilder<StatisticsChange> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(c => c.Sequence);
        builder.Property(c => c.Sequence).ValueGeneratedOnAdd();
        builder.Property(c => c.Origin).HasMaxLength(StatisticsChangeOrigin.Length);
    }
}
