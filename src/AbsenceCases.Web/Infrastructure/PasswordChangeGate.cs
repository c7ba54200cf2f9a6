namespace AbsenceCases.Web.Infrastructure;

/// <summary>
/// A user whose password was handed out reaches nothing but the password page (and sign-out) until they chose
/// their own: pages redirect there, the API answers 403.
/// </summary>
public static class PasswordChangeGate
{
    public const string PagePath = "/adgangskode";

    public static IApplicationBuilder UsePasswordChangeGate(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            if (!context.User.HasClaim(DisplayNameClaimsFactory.MustChangePasswordClaim, "true") ||
                path.StartsWithSegments(PagePath) || path.StartsWithSegments("/logout") || path.StartsWithSegments("/api/auth/logout"))
            {
                await next(context);
            }
            else if (path.StartsWithSegments("/api"))
            {
                await Results.Problem(
                        "The password was handed out and must be changed first, on the page " + PagePath + ".",
                        statusCode: StatusCodes.Status403Forbidden)
                    .ExecuteAsync(context);
            }
            else
            {
                context.Response.Redirect(PagePath);
            }
        });
}
