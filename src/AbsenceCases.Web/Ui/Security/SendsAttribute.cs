using AbsenceCases.Application.Common.Security;
using Microsoft.AspNetCore.Authorization;

namespace AbsenceCases.Web.Ui.Security;

/// <summary>
/// The request a page exists to send: only those whose role the request's declaration names may open the page, so
/// a page and the API answer alike. A request open to every signed-in user adds nothing to the folder's policy.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class SendsAttribute(Type request) : Attribute, IAuthorizeData
{
    public Type Request { get; } = request;

    public string? Policy { get; set; }

    public string? AuthenticationSchemes { get; set; }

    public string? Roles
    {
        get => RequestPermissions.Of(Request) switch
        {
            Application.Common.Security.AuthorizeAttribute required => string.Join(',', required.Roles),
            AnySignedInUserAttribute => null,
            _ => throw new InvalidOperationException($"{Request.Name} declares no permission."),
        };
        set => throw new NotSupportedException("The roles come from the request's declaration.");
    }
}
