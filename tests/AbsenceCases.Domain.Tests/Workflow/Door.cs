namespace AbsenceCases.Domain.Tests.Workflow;

public enum DoorState
{
    Closed,
    Opened,
    Locked,
    Broken,
}

public enum DoorTrigger
{
    Open,
    Close,
    Lock,
    Unlock,
    Knock,
    Kick,
}

/// <summary>
/// A tiny machine that owns its state, as a case does: closed ⇄ opened, closed → locked with a key,
/// locked → closed with the right code (an argument guard) while not jammed, opened → broken by a kick,
/// and a knock on a closed door that keeps it closed. Broken is a destination that is never configured.
/// </summary>
internal sealed class Door
{
    public const string HasKey = "has a key";
    public const string RightCode = "the code is \"1234\"";
    public const string NotJammed = "not jammed";

    public Door(DoorState initial = DoorState.Closed)
    {
        State = initial;
        Machine = new StateMachine<DoorState, DoorTrigger>(() => State, Mutate);
        Unlock = Machine.SetTriggerParameters<string>(DoorTrigger.Unlock);

        Machine.Configure(DoorState.Closed)
            .Permit(DoorTrigger.Open, DoorState.Opened)
            .PermitIf(DoorTrigger.Lock, DoorState.Locked, () => KeyInHand, HasKey)
            .InternalTransition(DoorTrigger.Knock);

        Machine.Configure(DoorState.Opened)
            .Permit(DoorTrigger.Close, DoorState.Closed)
            .Permit(DoorTrigger.Kick, DoorState.Broken);

        Machine.Configure(DoorState.Locked)
            .PermitIf(Unlock, DoorState.Closed, code => code == "1234", RightCode)
            .AndIf(() => !Jammed, NotJammed);
    }

    public DoorState State { get; set; }

    public bool KeyInHand { get; set; }

    public bool Jammed { get; set; }

    /// <summary>Every state the machine wrote through the mutator, in order.</summary>
    public List<DoorState> Mutations { get; } = [];

    public StateMachine<DoorState, DoorTrigger> Machine { get; }

    public TriggerWithParameters<DoorTrigger, string> Unlock { get; }

    private void Mutate(DoorState state)
    {
        Mutations.Add(state);
        State = state;
    }
}
