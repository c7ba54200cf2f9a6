using Microsoft.AspNetCore.Identity;

namespace AbsenceCases.Infrastructure.Identity;

/// <summary>A person who signs in: a manager, coordinator, HR or administrator.</summary>
public sealed class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The password was handed out (by <c>create-admin</c>): the user must choose their own before anything else.</summary>
    public bool MustChangePassword { get; set; }
}
