namespace AbsenceCases.Application.Common.Security;

/// <summary>The workflow trigger a case command fires: its declaration decides who is offered the trigger.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class FiresAttribute(CaseTrigger trigger) : Attribute
{
    public CaseTrigger Trigger { get; } = trigger;
}
