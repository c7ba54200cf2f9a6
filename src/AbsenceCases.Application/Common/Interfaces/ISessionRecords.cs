namespace AbsenceCases.Application.Common.Interfaces;

/// <summary>The server's records of signed-in sessions and their refresh tokens.</summary>
public interface ISessionRecords
{
    /// <summary>Deletes the sessions, and their refresh tokens, whose absolute end lies before the cutoff.</summary>
    Task<EndedSessionsDeleted> DeleteEndedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}

public sealed record EndedSessionsDeleted(int Sessions, int RefreshTokens);
