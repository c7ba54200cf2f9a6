using Microsoft.AspNetCore.Identity;

namespace AbsenceCases.Infrastructure.Identity;

public static class IdentityResults
{
    /// <summary>A change of the account store that cannot fail for a reason the user could mend: a failure is a fault.</summary>
    public static void EnsureSucceeded(this IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
