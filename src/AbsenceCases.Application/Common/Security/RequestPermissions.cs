using System.Reflection;

namespace AbsenceCases.Application.Common.Security;

/// <summary>Reads the declaration of who may send a request, for the behaviour, the pages and the menu alike.</summary>
public static class RequestPermissions
{
    public static RequestPermissionAttribute? Of(Type requestType) =>
        requestType.GetCustomAttribute<RequestPermissionAttribute>(inherit: false);

    /// <summary>Whether a caller with these roles may send the request; never for a request without a declaration.</summary>
    public static bool Allows(Type requestType, Func<string, bool> isInRole) => Of(requestType)?.Allows(isInRole) == true;

    public static bool Allows<TRequest>(ICurrentUser user) => Allows(typeof(TRequest), user.IsInRole);
}
