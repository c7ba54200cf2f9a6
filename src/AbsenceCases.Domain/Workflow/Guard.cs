namespace AbsenceCases.Domain.Workflow;

/// <summary>
/// A side-effect-free condition on a transition. A guard on a trigger's argument can only be judged
/// when the trigger is fired with that argument; until then it does not hide the trigger.
/// </summary>
internal sealed record Guard(string Description, Func<object?, bool> Predicate, bool JudgesArgument)
{
    public bool IsMetWithoutArgument => JudgesArgument || Predicate(null);

    public bool IsMetBy(object? argument) => Predicate(argument);
}
