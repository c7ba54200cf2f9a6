using System.Text.Json;
using System.Text.Json.Serialization;
using AbsenceCases.Application;
using AbsenceCases.Application.Notifications;
using AbsenceCases.Application.Statistics;
using AbsenceCases.Application.Statistics.Indicators;
using AbsenceCases.Domain.Absences;
using AbsenceCases.Infrastructure;
using AbsenceCases.Web.Infrastructure;
using AbsenceCases.Web.Infrastructure.SingleSignOn;
using AbsenceCases.Web.Infrastructure.Transport;
using AbsenceCases.Web.Sessions;
using AbsenceCases.Web.Sessions.RateLimits;

namespace AbsenceCases.Web;

public static class WebServices
{
    public static WebApplicationBuilder AddAbsenceCases(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var policy = configuration.GetSection("Policy").Get<PolicySettings>() ?? new PolicySettings();

        var email = new EmailSettings(
            Enabled: !string.IsNullOrWhiteSpace(configuration["Smtp:Host"]),
            BaseUrl: configuration["App:BaseUrl"] ?? "http://localhost:5080");
        services.AddSingleton(configuration.GetSection("Calendar").Get<CalendarSettings>() ?? new CalendarSettings());
        services.AddSingleton(configuration.GetSection("SelfService").Get<Application.SelfService.SelfServiceSettings>() ?? new Application.SelfService.SelfServiceSettings());
        services.AddSingleton(configuration.GetSection("Measurements").Get<Application.Measurements.MeasurementSettings>() ?? new Application.Measurements.MeasurementSettings());
        services.AddSingleton(configuration.GetSection("GoodExamples").Get<Application.GoodExamples.GoodExampleSettings>() ?? new Application.GoodExamples.GoodExampleSettings());
        services.AddSingleton(configuration.GetSection("Indicators:Targets").Get<IndicatorTargets>() ?? new IndicatorTargets());
        services.AddApplication(policy, email, configuration["AutoMapper:LicenseKey"]);
        services.AddInfrastructure(configuration);
        services.AddHttpContextAccessor();
        services.AddTransportSecurity(configuration);
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddScoped<IRequestContext, RequestContext>();
        services.AddSingleton<IEmailTexts, DanishEmailTexts>();

        services.AddIdentityApiEndpoints<ApplicationUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                // Length, not composition, makes a password strong (NIST SP 800-63B § 5.1.1).
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ApplicationDbContext>()
            .AddClaimsPrincipalFactory<DisplayNameClaimsFactory>();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/login";
            options.Events.OnRedirectToLogin = context => AnswerApiWith(context.HttpContext, StatusCodes.Status401Unauthorized, context.RedirectUri);
            options.Events.OnRedirectToAccessDenied = context => AnswerApiWith(context.HttpContext, StatusCodes.Status403Forbidden, context.RedirectUri);
        });
        services.AddSessions();
        services.AddSignInRateLimits(configuration);
        services.AddTwoFactor(configuration, builder.Environment);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        services.AddSingleSignOn(configuration);

        services.AddHttpContextAccessor();
        services.AddOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>().Configure<IHttpContextAccessor>((options, accessor) =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter<AbsenceType>(JsonNamingPolicy.SnakeCaseLower));
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            options.SerializerOptions.Converters.Add(new RenderedMessageConverter(accessor));
        });
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddOpenApi(options => options.AddSchemaTransformer<TextRulesSchemaTransformer>().AddSchemaTransformer<RenderedMessageSchemaTransformer>());
        services.AddHealthProbes();
        services.AddTelemetry(configuration);
        return builder;
    }

    /// <summary>API callers get a status code; browsers are redirected to the login page.</summary>
    private static Task AnswerApiWith(HttpContext context, int status, string redirectUri)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(redirectUri);
        }

        return Task.CompletedTask;
    }
}
