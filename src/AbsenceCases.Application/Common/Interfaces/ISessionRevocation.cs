namespace AbsenceCases.Application.Common.Interfaces;

/// <summary>Ends the signed-in sessions of users whose access narrowed, with the change that narrowed it.</summary>
public interface ISessionRevocation
{
    /// <summary>Gives each user a new security stamp, saved with the caller's next save.</summary>
    Task RevokeAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken);
}
