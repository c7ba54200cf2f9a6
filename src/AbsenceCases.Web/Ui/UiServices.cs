using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;

namespace AbsenceCases.Web.Ui;

/// <summary>
/// The web UI: Razor Pages under Ui/Pages over the same MediatR requests as the API, signed in with the Identity
/// cookie only, Danish by default with English by a cookie, and HTML error pages for the UI's paths.
/// </summary>
public static class UiServices
{
    /// <summary>Pages require the Identity cookie; a bearer token opens the API, never a page.</summary>
    public const string CookiePolicy = "UiCookie";

    public const string LoginPath = "/login";

    public const string AccessDeniedPath = "/ingen-adgang";

    public static IServiceCollection AddUi(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
            {
                options.RootDirectory = "/Ui/Pages";
                options.Conventions.AuthorizeFolder("/", CookiePolicy);
                options.Conventions.Add(new CaseFormPermissions());
                options.Conventions.AllowAnonymousToPage("/Account/Login");
                options.Conventions.AllowAnonymousToPage("/Account/Language");
                options.Conventions.AllowAnonymousToPage("/Error");
                options.Conventions.AddPageRoute("/Error", AccessDeniedPath.TrimStart('/'));
                options.Conventions.AddPageRoute("/Index", "sager");
            })
            .AddMvcOptions(options =>
            {
                options.Filters.Add<UiExceptionFilter>();
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                BindingMessages.Localise(options.ModelBindingMessageProvider);
            })
            .AddViewOptions(options => options.HtmlHelperOptions.ClientValidationEnabled = false);

        services.AddAuthorizationBuilder()
            .AddPolicy(CookiePolicy, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
                .RequireAuthenticatedUser());
        services.ConfigureApplicationCookie(options => options.AccessDeniedPath = AccessDeniedPath);

        // Danish letters are written as they are, not as character references.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddScoped(_ => UiTexts.Current);
        services.AddScoped<Pages.Cases.CaseActionServices>();
        return services;
    }

    /// <summary>Static files, the language of the request and HTML status pages, for everything outside /api.</summary>
    public static IApplicationBuilder UseUi(this IApplicationBuilder app)
    {
        app.UseStaticFiles();
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments("/api"),
            ui => ui
                .UseRequestLocalization(UiCulture.LocalisationOptions())
                .UseStatusCodePagesWithReExecute("/error/{0}"));

        // Routing after the status pages, so that a re-executed status page is routed to its own endpoint.
        app.UseRouting();
        return app;
    }

    public static IEndpointRouteBuilder MapUi(this IEndpointRouteBuilder app)
    {
        app.MapRazorPages();
        return app;
    }
}
