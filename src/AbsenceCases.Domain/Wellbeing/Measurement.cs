namespace AbsenceCases.Domain.Wellbeing;

/// <summary>
/// A wellbeing measurement of the workplaces (måling): fielded in a period, published on a day once its results are
/// out, and possibly the follow-up of an earlier measurement. Its results are figures per unit and dimension.
/// </summary>
public sealed class Measurement
{
    private readonly List<MeasurementResult> _results = [];

    private Measurement()
    {
        Name = string.Empty;
    }

    public Measurement(string name, MeasurementKind kind, DateOnly fieldedFrom, DateOnly fieldedTo, DateOnly? publishedOn, Measurement? followUpOf)
    {
        if (fieldedTo < fieldedFrom)
        {
            throw new DomainException(MeasurementCodes.FieldedToBeforeFrom);
        }

        if (publishedOn < fieldedTo)
        {
            throw new DomainException(MeasurementCodes.PublishedBeforeFielded);
        }

        if (followUpOf is not null && !followUpOf.MayBeFollowedUpFrom(fieldedFrom))
        {
            throw new DomainException(MeasurementCodes.FollowUpBeforeOriginal, ("fieldedTo", followUpOf.FieldedTo));
        }

        Name = name;
        Kind = kind;
        FieldedFrom = fieldedFrom;
        FieldedTo = fieldedTo;
        PublishedOn = publishedOn;
        FollowUpOfId = followUpOf?.Id;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public MeasurementKind Kind { get; private set; }

    public DateOnly FieldedFrom { get; private set; }

    public DateOnly FieldedTo { get; private set; }

    /// <summary>The day the results were published; none until then.</summary>
    public DateOnly? PublishedOn { get; private set; }

    /// <summary>The earlier measurement this one follows up, if any.</summary>
    public int? FollowUpOfId { get; private set; }

    public IReadOnlyCollection<MeasurementResult> Results => _results;

    /// <summary>A follow-up is fielded after the measurement it follows up.</summary>
    public bool MayBeFollowedUpFrom(DateOnly fieldedFrom) => FieldedTo < fieldedFrom;

    /// <summary>Managers and coordinators see a measurement and its results from the day it is published.</summary>
    public bool IsPublishedBy(DateOnly today) => PublishedOn <= today;

    /// <summary>Publishes the results on <paramref name="on"/>, which cannot be before the fielding ended nor move an earlier publication.</summary>
    public void Publish(DateOnly on, DateOnly today)
    {
        if (IsPublishedBy(today))
        {
            throw new DomainException(MeasurementCodes.AlreadyPublished, ("publishedOn", PublishedOn!.Value));
        }

        if (on < FieldedTo)
        {
            throw new DomainException(MeasurementCodes.PublishedBeforeFielded);
        }

        PublishedOn = on;
    }

    /// <summary>
    /// Makes the results exactly <paramref name="figures"/> (at most one per unit and dimension): new rows are added, changed
    /// ones updated, and rows the figures no longer hold removed. Published results are frozen: once managers may have
    /// read them, a changed file could reveal a late respondent of a hidden unit by the difference.
    /// </summary>
    public ResultChanges ReplaceResults(IReadOnlyCollection<ResultFigures> figures, DateOnly today)
    {
        var stored = _results.ToDictionary(r => (r.UnitId, r.Dimension));
        if (IsPublishedBy(today) && _results.Count > 0 && !Holds(stored, figures))
        {
            throw new DomainException(MeasurementCodes.ResultsPublished, ("publishedOn", PublishedOn!.Value));
        }

        var seen = new HashSet<(int, string)>();
        int added = 0, changed = 0, unchanged = 0;
        foreach (var row in figures)
        {
            if (!seen.Add((row.UnitId, row.Dimension)))
            {
                throw new DomainException(MeasurementCodes.ResultTwice, ("dimension", row.Dimension));
            }

            if (!stored.Remove((row.UnitId, row.Dimension), out var result))
            {
                _results.Add(new MeasurementResult(row));
                added++;
            }
            else if (result.Figures == row)
            {
                unchanged++;
            }
            else
            {
                result.Update(row);
                changed++;
            }
        }

        foreach (var removed in stored.Values)
        {
            _results.Remove(removed);
        }

        return new ResultChanges(added, changed, unchanged, stored.Count);
    }

    private static bool Holds(Dictionary<(int, string), MeasurementResult> stored, IReadOnlyCollection<ResultFigures> figures) =>
        figures.Count == stored.Count
        && figures.All(row => stored.TryGetValue((row.UnitId, row.Dimension), out var result) && result.Figures == row);
}
