namespace AbsenceCases.Application.Common.Security;

/// <summary>What another user than the caller may see, judged by the same declarations and scope as their own requests.</summary>
public interface IUserAccess
{
    /// <summary>Whether the user may read the case: their roles may read cases and their scope covers it; false for an unknown user.</summary>
    Task<bool> MayReadCaseAsync(string userId, Guid caseId, CancellationToken cancellationToken);
}
