namespace AbsenceCases.Application.Common.Security;

/// <summary>Limits a request to callers in one of the given roles (comma-separated).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class AuthorizeAttribute(string roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
