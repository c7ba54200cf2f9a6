namespace AbsenceCases.Domain.Workflow;

/// <summary>A trigger that carries an argument, which guards declared for it can judge.</summary>
public sealed class TriggerWithParameters<TTrigger, TArg>(TTrigger trigger)
    where TTrigger : notnull
{
    public TTrigger Trigger { get; } = trigger;
}
