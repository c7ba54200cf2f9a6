namespace AbsenceCases.Domain.Common;

/// <summary>A rule of the domain was broken by the caller's input or timing; <see cref="Refusal"/> says which.</summary>
public class DomainException(MessageCode refusal) : Exception(refusal.ToString())
{
    public DomainException(string code, params (string Name, object Value)[] args)
        : this(new MessageCode(code, args))
    {
    }

    public MessageCode Refusal { get; } = refusal;
}
