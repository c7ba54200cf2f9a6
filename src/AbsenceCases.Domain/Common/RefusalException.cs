namespace AbsenceCases.Domain.Common;

/// <summary>A request refused for a reason the caller is told: <see cref="Refusal"/> names it as a code.</summary>
public abstract class RefusalException(MessageCode refusal) : Exception(refusal.ToString())
{
    public MessageCode Refusal { get; } = refusal;
}
