using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace AbsenceCases.TestIdentityProvider;

/// <summary>
/// A real OpenID Connect provider (OpenIddict) on a free port of 127.0.0.1, as a municipality's Entra ID or AD FS
/// would be: discovery, authorization code flow with PKCE, client credentials and end session. Its users are
/// registered by the tests and chosen on a one-field sign-in form; it issues signed, unencrypted JWT access tokens
/// for <see cref="ApiAudience"/>.
/// </summary>
public sealed class LoopbackIdentityProvider : IAsyncDisposable
{
    /// <summary>The audience of the access tokens it issues, as an API registration in Entra ID would name it.</summary>
    public const string ApiAudience = "absencecases-api";

    private readonly WebApplication _host;
    private readonly SqliteConnection _keepAlive;
    private readonly ConcurrentDictionary<string, ProviderUser> _users;

    private LoopbackIdentityProvider(WebApplication host, SqliteConnection keepAlive, ConcurrentDictionary<string, ProviderUser> users, RsaSecurityKey signingKey)
    {
        _host = host;
        _keepAlive = keepAlive;
        _users = users;
        SigningKey = signingKey;
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Authority = new Uri(address + "/");
    }

    /// <summary>The issuer, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Authority { get; }

    /// <summary>The key the provider signs with (published on its JWKS endpoint); tests sign tokens it would not issue with it.</summary>
    public RsaSecurityKey SigningKey { get; }

    public static async Task<LoopbackIdentityProvider> StartAsync()
    {
        var keepAlive = new SqliteConnection($"Data Source=provider-{Guid.NewGuid():N};Mode=Memory;Cache=Shared");
        await keepAlive.OpenAsync();
        var users = new ConcurrentDictionary<string, ProviderUser>(StringComparer.OrdinalIgnoreCase);
        var signingKey = new RsaSecurityKey(RSA.Create(2048)) { KeyId = Guid.NewGuid().ToString("N") };

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Services.AddSingleton(users);
        builder.Services.AddSingleton<EndedSessions>();
        builder.Services.AddDbContext<ProviderDbContext>(options => options
            .UseSqlite(keepAlive.ConnectionString)
            .UseOpenIddict());
        builder.Services.AddOpenIddict()
            .AddCore(options => options.UseEntityFrameworkCore().UseDbContext<ProviderDbContext>())
            .AddServer(options =>
            {
                options.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/endsession");
                options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                options.AllowClientCredentialsFlow();
                options.RegisterScopes(Scopes.OpenId, Scopes.Email, Scopes.Profile);
                options.AddSigningKey(signingKey);
                options.AddEphemeralEncryptionKey();
                options.DisableAccessTokenEncryption();
                options.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .DisableTransportSecurityRequirement();
            });

        var host = builder.Build();
        ProviderEndpoints.Map(host);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ProviderDbContext>().Database.EnsureCreatedAsync();
        }

        await host.StartAsync();
        return new LoopbackIdentityProvider(host, keepAlive, users, signingKey);
    }

    /// <summary>How many times a user was sent to the provider to sign out there too.</summary>
    public int EndedSessions => _host.Services.GetRequiredService<EndedSessions>().Count;

    /// <summary>A person of the municipality's directory, with the groups the provider puts in its tokens.</summary>
    public void AddUser(string email, params string[] groups) =>
        _users[email] = new ProviderUser(Guid.NewGuid().ToString("N"), email, [.. groups]);

    /// <summary>The application's registration for sign-in: a confidential client with PKCE, redirected back to <paramref name="application"/>.</summary>
    public Task RegisterWebApplicationAsync(string clientId, string clientSecret, Uri application) =>
        RegisterAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = clientSecret,
            ClientType = ClientTypes.Confidential,
            RedirectUris = { new Uri(application, "signin-oidc") },
            PostLogoutRedirectUris = { new Uri(application, "signout-callback-oidc") },
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code,
                Permissions.Scopes.Email, Permissions.Scopes.Profile,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        });

    /// <summary>An integration, such as the nightly payroll import, that asks for tokens with its own secret.</summary>
    public Task RegisterServiceAsync(string clientId, string clientSecret) =>
        RegisterAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = clientSecret,
            ClientType = ClientTypes.Confidential,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        });

    /// <summary>An access token for the service, by the client credentials grant at the token endpoint.</summary>
    public async Task<string> ClientCredentialsTokenAsync(string clientId, string clientSecret)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(new Uri(Authority, "connect/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = GrantTypes.ClientCredentials,
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
        }));
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The provider refused the token request: {body}");
        }

        using var json = System.Text.Json.JsonDocument.Parse(body);
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        await _host.DisposeAsync();
        await _keepAlive.DisposeAsync();
    }

    private async Task RegisterAsync(OpenIddictApplicationDescriptor application)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().CreateAsync(application);
    }
}

internal sealed record ProviderUser(string Subject, string Email, ImmutableArray<string> Groups);

internal sealed class ProviderDbContext(DbContextOptions<ProviderDbContext> options) : DbContext(options);
