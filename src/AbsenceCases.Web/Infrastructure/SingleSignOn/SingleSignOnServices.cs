using AbsenceCases.Web.Infrastructure.Transport;
using AbsenceCases.Web.Ui;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace AbsenceCases.Web.Infrastructure.SingleSignOn;

/// <summary>
/// Sign-in through the municipality's OpenID Connect provider (<c>Auth:Oidc:*</c>) for the pages, its access tokens
/// for the API, and the switch for local accounts (<c>Auth:LocalAccounts</c>).
/// </summary>
public static class SingleSignOnServices
{
    public const string ProviderScheme = "oidc";

    public const string ProviderTokenScheme = "oidc-token";

    /// <summary>The API's default: the provider's JWTs to <see cref="ProviderTokenScheme"/>, everything else to Identity.</summary>
    public const string ApiScheme = "api";

    public const string ChallengePath = "/login/sso";

    /// <summary>AddIdentityApiEndpoints' default (internal there): its bearer token, else the Identity cookie.</summary>
    private const string IdentityDefaultScheme = "Identity.BearerAndApplication";

    public static IServiceCollection AddSingleSignOn(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = SignInSettings.From(configuration);
        services.AddSingleton(settings);
        if (!settings.Oidc.Enabled)
        {
            return services;
        }

        var oidc = settings.Oidc;
        services.AddScoped<ProviderSignIn>();
        services.AddScoped<ProviderTokenUsers>();
        services.AddAuthentication()
            .AddOpenIdConnect(ProviderScheme, options =>
            {
                options.Authority = oidc.Authority;
                options.ClientId = oidc.ClientId;
                options.ClientSecret = oidc.ClientSecret;
                options.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
                options.ResponseType = OpenIdConnectResponseType.Code;
                options.UsePkce = true;
                options.Scope.Add("email");
                oidc.ExtraScopes.ForEach(options.Scope.Add);
                options.MapInboundClaims = false;
                options.SaveTokens = true;
                options.SignInScheme = IdentityConstants.ApplicationScheme;
                options.SignedOutRedirectUri = UiServices.LoginPath;

                // The provider answers with a top-level redirect, so the state cookies need not be SameSite=None.
                options.ResponseMode = OpenIdConnectResponseMode.Query;
                options.CorrelationCookie.SameSite = SameSiteMode.Lax;
                options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.NonceCookie.SameSite = SameSiteMode.Lax;
                options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;

                options.Events.OnTicketReceived = context =>
                    context.HttpContext.RequestServices.GetRequiredService<ProviderSignIn>().SignInAsync(context);
                options.Events.OnRemoteFailure = context =>
                {
                    context.Response.Redirect(ProviderSignIn.NoAccessPath);
                    context.HandleResponse();
                    return Task.CompletedTask;
                };
            })
            .AddJwtBearer(ProviderTokenScheme, options =>
            {
                options.Authority = oidc.Authority;
                options.Audience = oidc.Audience ?? oidc.ClientId;
                options.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
                options.MapInboundClaims = false;
                options.Events = new JwtBearerEvents
                {
                    OnTokenValidated = context =>
                        context.HttpContext.RequestServices.GetRequiredService<ProviderTokenUsers>().ReplacePrincipalAsync(context),
                };
            })
            .AddPolicyScheme(ApiScheme, ApiScheme, options => options.ForwardDefaultSelector = context =>
                IsJwt(context.Request.Headers.Authorization.ToString()) ? ProviderTokenScheme : IdentityDefaultScheme);
        services.PostConfigure<AuthenticationOptions>(options => options.DefaultScheme = ApiScheme);
        return services;
    }

    /// <summary>Refuses local sign-in when it is off, and starts sign-in at the provider on <see cref="ChallengePath"/>.</summary>
    public static WebApplication UseSingleSignOn(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<SignInSettings>();
        if (!settings.LocalAccounts)
        {
            app.Use(async (context, next) =>
            {
                if (HttpMethods.IsPost(context.Request.Method) &&
                    (context.Request.Path.Equals("/api/auth/login") || context.Request.Path.Equals(UiServices.LoginPath)))
                {
                    await Results.Problem(
                            "Local accounts are switched off (Auth:LocalAccounts): sign in through the identity provider.",
                            statusCode: StatusCodes.Status403Forbidden)
                        .ExecuteAsync(context);
                    return;
                }

                await next(context);
            });
        }

        if (settings.Oidc.Enabled)
        {
            // The logout form leads the browser on to the provider's end-session endpoint, so forms may go there too.
            var policy = SecurityHeaders.ContentSecurityPolicy.Replace(
                "form-action 'self'", $"form-action 'self' {new Uri(settings.Oidc.Authority!).GetLeftPart(UriPartial.Authority)}", StringComparison.Ordinal);
            app.Use((context, next) =>
            {
                context.Response.Headers.ContentSecurityPolicy = policy;
                return next(context);
            });
            app.MapGet(ChallengePath, (string? returnUrl, HttpContext context) => Results.Challenge(
                    new AuthenticationProperties { RedirectUri = IsLocal(returnUrl) ? returnUrl : "/" },
                    [ProviderScheme]))
                .AllowAnonymous()
                .ExcludeFromDescription();
        }

        return app;
    }

    /// <summary>Where logging out leads: through the provider's sign-out when the user signed in there.</summary>
    public static async Task<IActionResult> SignOutResultAsync(HttpContext context, string then) =>
        await context.GetTokenAsync(IdentityConstants.ApplicationScheme, OpenIdConnectParameterNames.IdToken) is null
            ? new RedirectResult(then)
            : new SignOutResult(ProviderScheme, new AuthenticationProperties { RedirectUri = then });

    /// <summary>A JWT has three dot-separated parts; Identity's own bearer tokens have none.</summary>
    private static bool IsJwt(string authorization) =>
        authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) &&
        authorization.AsSpan("Bearer ".Length).Count('.') == 2;

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}
