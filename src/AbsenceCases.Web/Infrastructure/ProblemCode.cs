namespace AbsenceCases.Web.Infrastructure;

/// <summary>One machine-readable entry of a problem's <c>codes</c>: the field it concerns (null for the whole request), its code and arguments.</summary>
public sealed record ProblemCode(string? Field, string Code, IReadOnlyDictionary<string, object> Args)
{
    public ProblemCode(string? field, MessageCode message)
        : this(field, message.Code, message.Args)
    {
    }
}
