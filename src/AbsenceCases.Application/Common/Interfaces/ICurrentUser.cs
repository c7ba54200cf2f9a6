namespace AbsenceCases.Application.Common.Interfaces;

/// <summary>Who is calling: a signed-in user, or the scheduler acting as the system.</summary>
public interface ICurrentUser
{
    string? Id { get; }

    string Name { get; }

    bool IsInRole(string role);
}
