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

    /// <summary>The group has the composition the model asks for: a leader, an employee representative and an HR member.</summary>
    public bool HasFullComposition =>
        _members.Any(m => m.Role == MemberRole.Leader) &&
        _members.Any(m => m.Role == MemberRole.EmployeeRepresentative) &&
        _members.Any(m => m.Role == MemberRole.HrConsultant);

    public void Update(string name, DayOfWeek meetingDay)
    {
        Name = name;
        MeetingDay = meetingDay;
    }

    public void ReplaceWorkplaces(IEnumerable<int> unitIds)
    {
        var wanted = unitIds.ToHashSet();
        _workplaces.RemoveAll(w => !wanted.Contains(w.UnitId));
        foreach (var unitId in wanted)
        {
            Cover(unitId);
        }
    }

    public void ReplaceMembers(IEnumerable<(string? UserId, string Name, MemberRole Role)> members)
    {
        _members.Clear();
        foreach (var (userId, name, role) in members)
        {
            AddMember(userId, name, role);
        }
    }

    public bool HasMember(string userId) => _members.Any(m => m.UserId == userId);

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
