namespace AbsenceCases.Domain.Workflow;

internal sealed record TransitionRule<TState, TTrigger>(
    TTrigger Trigger, TState Destination, bool IsInternal, IReadOnlyList<Guard> Guards)
{
    public IEnumerable<Guard> UnmetGuards(object? argument) => Guards.Where(g => !g.IsMetBy(argument));

    public bool IsPermittedWithoutArgument => Guards.All(g => g.IsMetWithoutArgument);
}
