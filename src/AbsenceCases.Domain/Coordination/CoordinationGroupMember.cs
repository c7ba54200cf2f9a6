namespace AbsenceCases.Domain.Coordination;

/// <summary>A member of a coordination group: a user of the system, or a named person without an account.</summary>
public sealed class CoordinationGroupMember
{
    internal CoordinationGroupMember(string? userId, string name, MemberRole role)
    {
        UserId = userId;
        Name = name;
        Role = role;
    }

    public int Id { get; private set; }

    public int GroupId { get; private set; }

    public string? UserId { get; private set; }

    public string Name { get; private set; }

    public MemberRole Role { get; private set; }
}
