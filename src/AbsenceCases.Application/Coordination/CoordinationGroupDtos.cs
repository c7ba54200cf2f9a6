using AbsenceCases.Domain.Coordination;

namespace AbsenceCases.Application.Coordination;

public sealed record GroupWorkplaceDto(int UnitId, string Name);

public sealed record GroupMemberDto(string? UserId, string Name, MemberRole Role);

public sealed record CoordinationGroupDto(
    int Id,
    string Name,
    DayOfWeek MeetingDay,
    IReadOnlyList<GroupWorkplaceDto> Workplaces,
    IReadOnlyList<GroupMemberDto> Members,
    bool HasFullComposition);

/// <summary>A group as HR enters it: the workplaces it covers and its members (a user of the system, or only a name).</summary>
public interface ICoordinationGroupInput
{
    string? Name { get; }

    DayOfWeek? MeetingDay { get; }

    IReadOnlyList<int>? WorkplaceIds { get; }

    IReadOnlyList<GroupMemberInput>? Members { get; }
}

public sealed record GroupMemberInput(string? UserId, string? Name, MemberRole? Role);
