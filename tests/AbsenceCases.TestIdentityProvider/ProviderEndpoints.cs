using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace AbsenceCases.TestIdentityProvider;

/// <summary>The provider's own pages behind OpenIddict's endpoints: who signs in, what the tokens say, and sign-out.</summary>
internal static class ProviderEndpoints
{
    /// <summary>The sign-in form's one field: the e-mail of the registered user to sign in as.</summary>
    public const string UserParameter = "test_user";

    private const string Scheme = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

    public static void Map(WebApplication app)
    {
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], Authorize);
        app.MapPost("/connect/token", (Delegate)Token);
        app.MapMethods("/connect/endsession", [HttpMethods.Get, HttpMethods.Post], EndSession);
    }

    private static IResult Authorize(HttpContext context, ConcurrentDictionary<string, ProviderUser> users)
    {
        var request = context.GetOpenIddictServerRequest()!;
        var email = (string?)request[UserParameter];
        if (email is null)
        {
            return Results.Content(SignInForm(context.Request.Query), "text/html; charset=utf-8");
        }

        if (!users.TryGetValue(email, out var user))
        {
            return Results.Forbid(authenticationSchemes: [Scheme]);
        }

        var identity = new ClaimsIdentity(Scheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Subject)
            .SetClaim(Claims.Email, user.Email)
            .SetClaim(Claims.Name, user.Email)
            .SetClaims("groups", user.Groups);
        identity.SetScopes(request.GetScopes());
        identity.SetResources(LoopbackIdentityProvider.ApiAudience);
        identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: Scheme);
    }

    private static async Task<IResult> Token(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest()!;
        if (request.IsAuthorizationCodeGrantType())
        {
            var code = await context.AuthenticateAsync(Scheme);
            return Results.SignIn(code.Principal!, authenticationScheme: Scheme);
        }

        var identity = new ClaimsIdentity(Scheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, request.ClientId);
        identity.SetResources(LoopbackIdentityProvider.ApiAudience);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: Scheme);
    }

    private static IResult EndSession(HttpContext context)
    {
        context.RequestServices.GetRequiredService<EndedSessions>().Record();
        return Results.SignOut(authenticationSchemes: [Scheme]);
    }

    private static string SignInForm(IQueryCollection query)
    {
        var hidden = new StringBuilder();
        foreach (var (name, values) in query)
        {
            foreach (var value in values)
            {
                hidden.Append($"<input type=\"hidden\" name=\"{WebUtility.HtmlEncode(name)}\" value=\"{WebUtility.HtmlEncode(value)}\">");
            }
        }

        return $"""
            <!DOCTYPE html>
            <html lang="da"><head><meta charset="utf-8"><title>Kommunens login</title></head>
            <body><main><h1>Kommunens login</h1>
            <form method="get" action="/connect/authorize">{hidden}
            <label for="user">Brugerens e-mail</label> <input id="user" name="{UserParameter}" type="email">
            <button type="submit">Fortsæt</button>
            </form></main></body></html>
            """;
    }
}

/// <summary>How many times a client sent a user to the end-session endpoint.</summary>
internal sealed class EndedSessions
{
    private int _count;

    public int Count => _count;

    public void Record() => Interlocked.Increment(ref _count);
}
