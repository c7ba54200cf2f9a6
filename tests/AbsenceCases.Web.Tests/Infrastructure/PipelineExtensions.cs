using System.Security.Claims;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AbsenceCases.Web.Tests.Infrastructure;

/// <summary>Sends a request through the real MediatR pipeline as a signed-in user, for use cases the API does not publish.</summary>
public static class PipelineExtensions
{
    public static async Task<TResponse> SendAs<TResponse>(this AbsenceCasesFactory factory, string userId, string role, IRequest<TResponse> request)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId), new Claim(ClaimTypes.Role, role)], "Test");
        accessor.HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity), RequestServices = scope.ServiceProvider };
        try
        {
            return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }
}
