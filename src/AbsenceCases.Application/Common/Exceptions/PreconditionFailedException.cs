namespace AbsenceCases.Application.Common.Exceptions;

/// <summary>The caller's If-Match names a version of the case that is no longer the current one.</summary>
public sealed class PreconditionFailedException(int expectedVersion, int currentVersion)
    : Exception($"The case has changed: you had version {expectedVersion}, the current version is {currentVersion}. Reload it and try again.")
{
    public int CurrentVersion { get; } = currentVersion;
}
