namespace AbsenceCases.Application.Common.Security;

/// <summary>
/// Who may send a request: the role × request table of DESIGN.md section 9. Every request carries exactly one
/// declaration; the authorization behaviour refuses a request without one, and the case page offers a workflow
/// action only to those its command declares.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public abstract class RequestPermissionAttribute : Attribute
{
    public abstract bool Allows(Func<string, bool> isInRole);
}

/// <summary>Limits a request to callers in one of the given roles.</summary>
public sealed class AuthorizeAttribute(params string[] roles) : RequestPermissionAttribute
{
    public IReadOnlyList<string> Roles { get; } = roles;

    public override bool Allows(Func<string, bool> isInRole) => Roles.Any(isInRole);
}

/// <summary>Open to every signed-in user: requests about the caller's own inbox or without personnel data.</summary>
public sealed class AnySignedInUserAttribute : RequestPermissionAttribute
{
    public override bool Allows(Func<string, bool> isInRole) => true;
}
