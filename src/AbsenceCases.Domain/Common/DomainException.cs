namespace AbsenceCases.Domain.Common;

/// <summary>A rule of the domain was broken by the caller's input or timing.</summary>
public class DomainException(MessageCode refusal) : RefusalException(refusal)
{
    public DomainException(string code, params (string Name, object Value)[] args)
        : this(new MessageCode(code, args))
    {
    }
}
