using AbsenceCases.Domain.Wellbeing;

namespace AbsenceCases.Infrastructure.Demo;

/// <summary>
/// A row of seeds/measurements.csv, results_file;name;kind;fielded_from;fielded_to;published_on;follow_up_of: a measurement
/// to create as HR would, the file of its results, and the results file of the measurement it follows up, if any.
/// </summary>
internal sealed record DemoMeasurement(
    string ResultsFile, string Name, MeasurementKind Kind, DateOnly FieldedFrom, DateOnly FieldedTo, DateOnly PublishedOn, string? FollowUpOf)
{
    public const string File = "measurements.csv";

    /// <summary>The rows of the file after its header, their dates moved <paramref name="shift"/> days as the other demo files'.</summary>
    public static IReadOnlyList<DemoMeasurement> Read(string csv, int shift) =>
    [
        .. csv.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(';')).Select(row => new DemoMeasurement(
            row[0],
            row[1],
            Enum.Parse<MeasurementKind>(row[2]),
            DemoDateShift.Moved(row[3], shift),
            DemoDateShift.Moved(row[4], shift),
            DemoDateShift.Moved(row[5], shift),
            row[6].Length == 0 ? null : row[6])),
    ];
}
