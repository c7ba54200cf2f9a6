using AbsenceCases.Domain.Wellbeing;

namespace AbsenceCases.Application.Measurements;

/// <summary>A measurement; <paramref name="IsPublished"/> once its publication day has come.</summary>
public sealed record MeasurementDto(
    int Id, string Name, MeasurementKind Kind, DateOnly FieldedFrom, DateOnly FieldedTo, DateOnly? PublishedOn, bool IsPublished, int? FollowUpOfId, int ResultCount);

/// <summary>
/// A unit's figures for one dimension, its whole subtree weighted by respondents; the score is null and
/// <paramref name="Suppressed"/> true when showing it could reveal the answers of fewer than the minimum respondents.
/// </summary>
public sealed record ResultRow(int UnitId, string Dimension, decimal? Score, int Respondents, int Invited, bool Suppressed);

/// <summary>The results of a measurement for a unit and each of its children, by unit (the unit first) and dimension.</summary>
public sealed record MeasurementResults(int MeasurementId, int UnitId, int MinRespondents, IReadOnlyList<ResultRow> Rows);

/// <summary>The anonymity rule of the surveys: no score of fewer respondents than <see cref="MinRespondents"/> is shown.</summary>
public sealed record MeasurementSettings
{
    public int MinRespondents { get; init; } = 5;
}
