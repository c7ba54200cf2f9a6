using System.Reflection;

namespace AbsenceCases.Application.Common.Security;

/// <summary>
/// The workflow's permitted triggers narrowed to those the caller may fire: a trigger is offered when the command
/// that fires it (<see cref="FiresAttribute"/>) allows the caller's roles.
/// </summary>
public static class CaseActionPermissions
{
    /// <summary>The command that fires each trigger.</summary>
    public static IReadOnlyDictionary<CaseTrigger, Type> Commands { get; } = typeof(CaseActionPermissions).Assembly.GetTypes()
        .Select(type => (Type: type, Fires: type.GetCustomAttribute<FiresAttribute>()))
        .Where(command => command.Fires is not null)
        .ToDictionary(command => command.Fires!.Trigger, command => command.Type);

    public static IReadOnlyList<CaseTrigger> PermittedFor(this IEnumerable<CaseTrigger> triggers, Func<string, bool> isInRole) =>
        triggers.Where(trigger => Commands.TryGetValue(trigger, out var command) && RequestPermissions.Allows(command, isInRole)).ToList();

    public static IReadOnlyList<CaseTrigger> PermittedFor(this IEnumerable<CaseTrigger> triggers, ICurrentUser user) =>
        triggers.PermittedFor(user.IsInRole);
}
