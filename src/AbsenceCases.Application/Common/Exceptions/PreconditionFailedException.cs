namespace AbsenceCases.Application.Common.Exceptions;

/// <summary>The caller's If-Match names a version of the case that is no longer the current one.</summary>
public sealed class PreconditionFailedException(int expectedVersion, int currentVersion)
    : RefusalException(new MessageCode(RefusalCodes.Conflict.CaseChanged, ("yours", expectedVersion), ("current", currentVersion)))
{
    public int CurrentVersion { get; } = currentVersion;
}
