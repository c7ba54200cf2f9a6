namespace AbsenceCases.Domain.Coordination;

/// <summary>
/// A coordination group (sygefraværskoordinering): the leader, employee representatives and HR and
/// work-environment consultants who review the absence cases of their workplaces every week.
/// </summary>
public sealed class CoordinationGroup
{
    private readonly List<CoordinationGroupWorkplace> _workplaces = [];
    private readonly List<CoordinationGroupMember> _members = [];

    private CoordinationGroup()
    {
        Name = string.Empty;
    }

    public CoordinationGroup(string name, DayOfWeek meetingDay)
    {
        Name = name;
        MeetingDay = meetingDay;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public DayOfWeek MeetingDay { get; private set; }

    public IReadOnlyCollection<CoordinationGroupWorkplace> Workplaces => _workplaces;

    public IReadOnlyCollection<CoordinationGroupMember> Members => _members;

    public void Cover(int unitId)
    {
        if (_workplaces.All(w => w.UnitId != unitId))
        {
            _workplaces.Add(new CoordinationGroupWorkplace(unitId));
        }
    }

    public void AddMember(string? userId, string name, MemberRole role) =>
        _members.Add(new CoordinationGroupMember(userId, name, role));
}
