using AbsenceCases.Application.Cases.Queries;
using AbsenceCases.Domain.Wellbeing;
using AutoMapper;

namespace AbsenceCases.Application.Measurements;

/// <summary>A workplace's follow-up of a measurement: what was done when, the deadlines on today's date, and the action plan.</summary>
/// <param name="Recorded">The workplace has recorded its follow-up at least once.</param>
public sealed record FollowUpDto(
    int MeasurementId,
    int UnitId,
    string UnitName,
    DateOnly PublishedOn,
    DateOnly? TeamDiscussedOn,
    DateOnly? MedDiscussedOn,
    DateOnly? LeadershipDiscussedOn,
    DateOnly? ActionPlanOn,
    FollowUpStatus Status,
    IReadOnlyList<FollowUpDeadline> Deadlines,
    IReadOnlyList<MeasureDto> Measures,
    bool Recorded);

/// <summary>One workplace in the overview of a measurement's follow-ups: its steps' deadlines and where it stands.</summary>
public sealed record FollowUpSummary(int UnitId, string UnitCode, string UnitName, FollowUpStatus Status, IReadOnlyList<FollowUpDeadline> Deadlines);

public sealed class FollowUpMappings : Profile
{
    public FollowUpMappings() => CreateMap<ActionPlanMeasure, MeasureDto>();
}
