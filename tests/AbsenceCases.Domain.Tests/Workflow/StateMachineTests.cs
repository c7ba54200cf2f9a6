namespace AbsenceCases.Domain.Tests.Workflow;

public class StateMachineTests
{
    [Test]
    public void ShouldMoveToTheDestinationOfAPermittedTrigger()
    {
        var door = new Door();

        var transition = door.Machine.Fire(DoorTrigger.Open);

        Assert.Multiple(() =>
        {
            Assert.That(door.State, Is.EqualTo(DoorState.Opened));
            Assert.That(door.Machine.State, Is.EqualTo(DoorState.Opened));
            Assert.That(transition, Is.EqualTo(new Transition<DoorState, DoorTrigger>(
                DoorState.Closed, DoorState.Opened, DoorTrigger.Open, IsInternal: false)));
        });
    }

    [Test]
    public void ShouldCallTheMutatorOnceWithTheDestination()
    {
        var door = new Door();

        door.Machine.Fire(DoorTrigger.Open);
        door.Machine.Fire(DoorTrigger.Kick);

        Assert.That(door.Mutations, Is.EqualTo(new[] { DoorState.Opened, DoorState.Broken }));
    }

    [Test]
    public void ShouldReadTheStateThroughTheAccessor()
    {
        var door = new Door();

        door.State = DoorState.Opened;

        Assert.Multiple(() =>
        {
            Assert.That(door.Machine.State, Is.EqualTo(DoorState.Opened));
            Assert.That(door.Machine.PermittedTriggers, Is.EqualTo(new[] { DoorTrigger.Close, DoorTrigger.Kick }));
        });
    }

    [Test]
    public void ShouldListPermittedTriggersInDeclarationOrder()
    {
        var door = new Door { KeyInHand = true };

        Assert.That(door.Machine.PermittedTriggers, Is.EqualTo(new[] { DoorTrigger.Open, DoorTrigger.Lock, DoorTrigger.Knock }));
    }

    [Test]
    public void ShouldHideATriggerWhoseGuardIsNotMet()
    {
        var door = new Door { KeyInHand = false };

        Assert.Multiple(() =>
        {
            Assert.That(door.Machine.PermittedTriggers, Is.EqualTo(new[] { DoorTrigger.Open, DoorTrigger.Knock }));
            Assert.That(door.Machine.CanFire(DoorTrigger.Lock), Is.False);
        });
    }

    [Test]
    public void ShouldPermitAGuardedTriggerOnceItsGuardIsMet()
    {
        var door = new Door { KeyInHand = true };

        var canFire = door.Machine.CanFire(DoorTrigger.Lock);
        door.Machine.Fire(DoorTrigger.Lock);

        Assert.Multiple(() =>
        {
            Assert.That(canFire, Is.True);
            Assert.That(door.State, Is.EqualTo(DoorState.Locked));
        });
    }

    [Test]
    public void ShouldRefuseATriggerWithAnUnmetGuardNamingTheGuardAndThePermittedTriggers()
    {
        var door = new Door { KeyInHand = false };

        var refusal = Refusal.Of(() => door.Machine.Fire(DoorTrigger.Lock));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.State, Is.EqualTo("Closed"));
            Assert.That(refusal.Trigger, Is.EqualTo("Lock"));
            Assert.That(refusal.PermittedTriggers, Is.EqualTo(new[] { "Open", "Knock" }));
            Assert.That(refusal.UnmetGuards, Is.EqualTo(new[] { Door.HasKey }));
            Assert.That(refusal.Message, Is.EqualTo("'Lock' is not permitted in state 'Closed': has a key. Permitted: Open, Knock."));
            Assert.That(door.State, Is.EqualTo(DoorState.Closed));
            Assert.That(door.Mutations, Is.Empty);
        });
    }

    [Test]
    public void ShouldRefuseATriggerTheStateDoesNotDeclare()
    {
        var door = new Door();

        var refusal = Refusal.Of(() => door.Machine.Fire(DoorTrigger.Close));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.UnmetGuards, Is.Empty);
            Assert.That(refusal.Message, Is.EqualTo("'Close' is not permitted in state 'Closed'. Permitted: Open, Knock."));
        });
    }

    [Test]
    public void ShouldSayNoneIsPermittedInAStateWithoutTransitions()
    {
        var door = new Door(DoorState.Broken);

        var refusal = Refusal.Of(() => door.Machine.Fire(DoorTrigger.Open));

        Assert.Multiple(() =>
        {
            Assert.That(door.Machine.PermittedTriggers, Is.Empty);
            Assert.That(refusal.PermittedTriggers, Is.Empty);
            Assert.That(refusal.Message, Is.EqualTo("'Open' is not permitted in state 'Broken'. Permitted: none."));
        });
    }

    [Test]
    public void ShouldNotJudgeAnArgumentGuardBeforeTheArgumentIsKnown()
    {
        var door = new Door(DoorState.Locked);

        Assert.Multiple(() =>
        {
            Assert.That(door.Machine.PermittedTriggers, Is.EqualTo(new[] { DoorTrigger.Unlock }));
            Assert.That(door.Machine.CanFire(DoorTrigger.Unlock), Is.True);
        });
    }

    [Test]
    public void ShouldJudgeAnArgumentGuardWithCanFireAndAnArgument()
    {
        var door = new Door(DoorState.Locked);

        Assert.Multiple(() =>
        {
            Assert.That(door.Machine.CanFire(door.Unlock, "1234"), Is.True);
            Assert.That(door.Machine.CanFire(door.Unlock, "0000"), Is.False);
        });
    }

    [Test]
    public void ShouldFireAParameterisedTriggerWhoseArgumentMeetsTheGuard()
    {
        var door = new Door(DoorState.Locked);

        var transition = door.Machine.Fire(door.Unlock, "1234");

        Assert.Multiple(() =>
        {
            Assert.That(door.State, Is.EqualTo(DoorState.Closed));
            Assert.That(transition.Trigger, Is.EqualTo(DoorTrigger.Unlock));
            Assert.That(door.Mutations, Is.EqualTo(new[] { DoorState.Closed }));
        });
    }

    [Test]
    public void ShouldRefuseAParameterisedTriggerWhoseArgumentFailsTheGuard()
    {
        var door = new Door(DoorState.Locked);

        var refusal = Refusal.Of(() => door.Machine.Fire(door.Unlock, "0000"));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.UnmetGuards, Is.EqualTo(new[] { Door.RightCode }));
            Assert.That(refusal.PermittedTriggers, Is.EqualTo(new[] { "Unlock" }));
            Assert.That(door.State, Is.EqualTo(DoorState.Locked));
            Assert.That(door.Mutations, Is.Empty);
        });
    }

    [Test]
    public void ShouldAddAGuardWithAndIf()
    {
        var door = new Door(DoorState.Locked) { Jammed = true };

        var refusal = Refusal.Of(() => door.Machine.Fire(door.Unlock, "1234"));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.UnmetGuards, Is.EqualTo(new[] { Door.NotJammed }));
            Assert.That(door.Machine.PermittedTriggers, Is.Empty);
            Assert.That(door.Machine.CanFire(door.Unlock, "1234"), Is.False);
            Assert.That(door.State, Is.EqualTo(DoorState.Locked));
        });
    }

    [Test]
    public void ShouldNameEveryUnmetGuard()
    {
        var door = new Door(DoorState.Locked) { Jammed = true };

        var refusal = Refusal.Of(() => door.Machine.Fire(door.Unlock, "0000"));

        Assert.That(refusal.UnmetGuards, Is.EqualTo(new[] { Door.RightCode, Door.NotJammed }));
    }

    [Test]
    public void ShouldRefuseAndIfBeforeAnyTransitionIsDeclared()
    {
        var machine = new StateMachine<DoorState, DoorTrigger>(() => DoorState.Closed, _ => { });

        Assert.Throws<InvalidOperationException>(() => machine.Configure(DoorState.Closed).AndIf(() => true, "anything"));
    }

    [Test]
    public void ShouldKeepTheStateOnAnInternalTransition()
    {
        var door = new Door();

        var transition = door.Machine.Fire(DoorTrigger.Knock);

        Assert.Multiple(() =>
        {
            Assert.That(transition.IsInternal, Is.True);
            Assert.That(transition.Source, Is.EqualTo(DoorState.Closed));
            Assert.That(transition.Destination, Is.EqualTo(DoorState.Closed));
            Assert.That(door.State, Is.EqualTo(DoorState.Closed));
            Assert.That(door.Mutations, Is.Empty);
        });
    }

    [Test]
    public void ShouldCallTheMutatorOnAnExternalTransitionBackIntoTheSameState()
    {
        var state = DoorState.Closed;
        var mutations = new List<DoorState>();
        var machine = new StateMachine<DoorState, DoorTrigger>(() => state, s => { mutations.Add(s); state = s; });
        machine.Configure(DoorState.Closed).Permit(DoorTrigger.Knock, DoorState.Closed);

        var transition = machine.Fire(DoorTrigger.Knock);

        Assert.Multiple(() =>
        {
            Assert.That(transition.IsInternal, Is.False);
            Assert.That(mutations, Is.EqualTo(new[] { DoorState.Closed }));
        });
    }

    [Test]
    public void ShouldGuardAnInternalTransitionOnTheState()
    {
        var state = DoorState.Opened;
        var knocked = false;
        var machine = new StateMachine<DoorState, DoorTrigger>(() => state, s => state = s);
        machine.Configure(DoorState.Opened).InternalTransitionIf(DoorTrigger.Knock, () => !knocked, "not knocked yet");

        var first = machine.Fire(DoorTrigger.Knock);
        knocked = true;
        var refusal = Refusal.Of(() => machine.Fire(DoorTrigger.Knock));

        Assert.Multiple(() =>
        {
            Assert.That(first.IsInternal, Is.True);
            Assert.That(refusal.UnmetGuards, Is.EqualTo(new[] { "not knocked yet" }));
            Assert.That(machine.PermittedTriggers, Is.Empty);
            Assert.That(state, Is.EqualTo(DoorState.Opened));
        });
    }

    [Test]
    public void ShouldGuardAnInternalTransitionOnItsArgument()
    {
        var state = DoorState.Opened;
        var machine = new StateMachine<DoorState, DoorTrigger>(() => state, s => state = s);
        var knock = machine.SetTriggerParameters<int>(DoorTrigger.Knock);
        machine.Configure(DoorState.Opened).InternalTransitionIf(knock, times => times <= 3, "at most three knocks");

        var transition = machine.Fire(knock, 3);
        var refusal = Refusal.Of(() => machine.Fire(knock, 4));

        Assert.Multiple(() =>
        {
            Assert.That(transition.IsInternal, Is.True);
            Assert.That(refusal.UnmetGuards, Is.EqualTo(new[] { "at most three knocks" }));
            Assert.That(state, Is.EqualTo(DoorState.Opened));
        });
    }

    [Test]
    public void ShouldTakeTheFirstDeclaredTransitionWhoseGuardsHold()
    {
        var state = DoorState.Opened;
        var machine = new StateMachine<DoorState, DoorTrigger>(() => state, s => state = s);
        var kick = machine.SetTriggerParameters<int>(DoorTrigger.Kick);
        machine.Configure(DoorState.Opened)
            .PermitIf(kick, DoorState.Broken, force => force >= 10, "a hard kick")
            .PermitIf(kick, DoorState.Closed, force => force < 10, "a soft kick");

        machine.Fire(kick, 3);

        Assert.That(state, Is.EqualTo(DoorState.Closed));
    }

    [Test]
    public void ShouldListATriggerOnceWhenSeveralTransitionsDeclareIt()
    {
        var state = DoorState.Opened;
        var machine = new StateMachine<DoorState, DoorTrigger>(() => state, s => state = s);
        var kick = machine.SetTriggerParameters<int>(DoorTrigger.Kick);
        machine.Configure(DoorState.Opened)
            .PermitIf(kick, DoorState.Broken, force => force >= 10, "a hard kick")
            .PermitIf(kick, DoorState.Closed, force => force < 10, "a soft kick")
            .Permit(DoorTrigger.Close, DoorState.Closed);

        Assert.That(machine.PermittedTriggers, Is.EqualTo(new[] { DoorTrigger.Kick, DoorTrigger.Close }));
    }

    [Test]
    public void ShouldJudgeAStateGuardOnAParameterisedTriggerWithoutTheArgument()
    {
        var state = DoorState.Opened;
        var allowed = false;
        var machine = new StateMachine<DoorState, DoorTrigger>(() => state, s => state = s);
        var kick = machine.SetTriggerParameters<int>(DoorTrigger.Kick);
        machine.Configure(DoorState.Opened).PermitIf(kick, DoorState.Broken, () => allowed, "kicking allowed");

        var hiddenWhileRefused = !machine.PermittedTriggers.Contains(DoorTrigger.Kick);
        allowed = true;
        var listedOnceAllowed = machine.PermittedTriggers.Contains(DoorTrigger.Kick);

        Assert.Multiple(() =>
        {
            Assert.That(hiddenWhileRefused, Is.True);
            Assert.That(listedOnceAllowed, Is.True);
        });
    }

    [Test]
    public void ShouldRefuseToFireAParameterisedTriggerWithoutItsArgument()
    {
        var door = new Door(DoorState.Locked);

        Assert.Throws<InvalidOperationException>(() => door.Machine.Fire(DoorTrigger.Unlock));
        Assert.That(door.State, Is.EqualTo(DoorState.Locked));
    }

    [Test]
    public void ShouldRefuseToSetTheParametersOfATriggerTwice()
    {
        var door = new Door();

        Assert.Throws<InvalidOperationException>(() => door.Machine.SetTriggerParameters<string>(DoorTrigger.Unlock));
    }

    [Test]
    public void ShouldDescribeStatesTriggersTransitionsAndGuards()
    {
        var door = new Door();

        var info = door.Machine.GetInfo();

        Assert.Multiple(() =>
        {
            // Configured states first, in the order configured, then destinations never configured.
            Assert.That(info.States, Is.EqualTo(new[] { "Closed", "Opened", "Locked", "Broken" }));
            Assert.That(info.Triggers, Is.EqualTo(new[] { "Open", "Lock", "Knock", "Close", "Kick", "Unlock" }));
            Assert.That(info.Transitions.Select(Describe), Is.EqualTo(new[]
            {
                "Closed -Open-> Opened",
                "Closed -Lock-> Locked [has a key]",
                "Closed -Knock-> Closed (internal)",
                "Opened -Close-> Closed",
                "Opened -Kick-> Broken",
                "Locked -Unlock-> Closed [the code is \"1234\" | not jammed]",
            }));
            Assert.That(info.Transitions.Single(t => t.Trigger == "Unlock").Guard, Is.EqualTo("the code is \"1234\"; not jammed"));
            Assert.That(info.Transitions.Single(t => t.Trigger == "Open").Guard, Is.Null);
        });
    }

    [Test]
    public void ShouldExportTheDeclarationAsADotGraph()
    {
        var door = new Door();

        var dot = door.Machine.ToDotGraph();

        const string expected = """
            digraph {
              rankdir="LR";
              node [shape=Mrecord];
              "Closed" [label="Closed"];
              "Opened" [label="Opened"];
              "Locked" [label="Locked"];
              "Broken" [label="Broken"];
              "Closed" -> "Opened" [style="solid", label="Open"];
              "Closed" -> "Locked" [style="solid", label="Lock [has a key]"];
              "Closed" -> "Closed" [style="dashed", label="Knock"];
              "Opened" -> "Closed" [style="solid", label="Close"];
              "Opened" -> "Broken" [style="solid", label="Kick"];
              "Locked" -> "Closed" [style="solid", label="Unlock [the code is \"1234\"; not jammed]"];
            }
            """;
        Assert.That(dot, Is.EqualTo(expected.ReplaceLineEndings("\n") + "\n"));
    }

    [Test]
    public void ShouldNotDependOnTheCurrentStateForTheDescription()
    {
        var closed = new Door();
        var broken = new Door(DoorState.Broken);

        Assert.That(broken.Machine.ToDotGraph(), Is.EqualTo(closed.Machine.ToDotGraph()));
    }

    private static string Describe(TransitionInfo transition) =>
        $"{transition.From} -{transition.Trigger}-> {transition.To}"
        + (transition.IsInternal ? " (internal)" : string.Empty)
        + (transition.Guards.Count == 0 ? string.Empty : $" [{string.Join(" | ", transition.Guards)}]");
}
