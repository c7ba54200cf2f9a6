namespace AbsenceCases.Domain.Cases;

/// <summary>A trigger was fired that the current state does not permit, or whose guards are not met.</summary>
public sealed class InvalidTransitionException(
    CaseStatus state,
    CaseTrigger trigger,
    IReadOnlyList<CaseTrigger> permittedTriggers,
    IReadOnlyList<MessageCode> unmetGuards)
    : DomainException(CaseCodes.TransitionRefused, ("trigger", trigger), ("state", state))
{
    public CaseStatus State { get; } = state;
    public CaseTrigger Trigger { get; } = trigger;
    public IReadOnlyList<CaseTrigger> PermittedTriggers { get; } = permittedTriggers;
    public IReadOnlyList<MessageCode> UnmetGuards { get; } = unmetGuards;
}
