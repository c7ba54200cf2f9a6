namespace AbsenceCases.Web.Infrastructure;

/// <summary>
/// A local user whose role requires two-factor sign-in and who has no authenticator yet signs in with a mark
/// (<see cref="PendingClaim"/>) and reaches nothing but the enrolment page (the password page and sign-out too)
/// until enrolled: pages redirect there, the API answers 403.
/// </summary>
public static class TwoFactorEnrolmentGate
{
    public const string PagePath = "/totrinsbekraeftelse";

    public const string PendingClaimType = "two_factor_enrolment";

    public const string EnrolFirst =
        "Two-factor sign-in is required for this account: enrol an authenticator app first, on the page " + PagePath + ".";

    public static Claim PendingClaim => new(PendingClaimType, "required");

    public static IApplicationBuilder UseTwoFactorEnrolmentGate(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            if (!context.User.HasClaim(c => c.Type == PendingClaimType) ||
                path.StartsWithSegments(PagePath) || path.StartsWithSegments(PasswordChangeGate.PagePath) ||
                path.StartsWithSegments("/logout") || path.StartsWithSegments("/api/auth/logout"))
            {
                await next(context);
            }
            else if (path.StartsWithSegments("/api"))
            {
                await Results.Problem(EnrolFirst, statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
            }
            else
            {
                context.Response.Redirect(PagePath);
            }
        });
}
