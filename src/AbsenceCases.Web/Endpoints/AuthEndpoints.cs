using AbsenceCases.Application.Common.Validation;
using AbsenceCases.Web.Infrastructure;
using AbsenceCases.Web.Sessions;
using AbsenceCases.Web.Sessions.RateLimits;
using Microsoft.AspNetCore.Authentication.BearerToken;

namespace AbsenceCases.Web.Endpoints;

public static class AuthEndpoints
{
    /// <param name="TwoFactorCode">Required of an account with two-factor sign-in: the authenticator app's code or a recovery code.</param>
    public sealed record LoginRequest(string? Email, string? Password, string? TwoFactorCode = null);

    public sealed record RefreshRequest(string? RefreshToken);

    public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

    public sealed record Me(string Id, string Name, string? Email, IReadOnlyList<string> Roles);

    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Auth").RequireRateLimiting(SignInRateLimits.PerAddressPolicy)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        auth.MapPost("/login", Login).AllowAnonymous().WithName("Login")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        auth.MapPost("/refresh", Refresh).AllowAnonymous().WithName("RefreshToken")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        auth.MapPost("/logout", Logout).WithName("Logout");
        auth.MapPost("/password", ChangePassword).WithName("ChangePassword")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        auth.MapGet("/me", GetMe).WithName("GetMe");
    }

    /// <summary>
    /// Answers {tokenType, accessToken, expiresIn, refreshToken}. A wrong or missing two-factor code gets the same 401
    /// as a wrong password; a user who must use two-factor and has not enrolled gets 403 and no token.
    /// </summary>
    private static async Task<Results<Ok<AccessTokenResponse>, ProblemHttpResult>> Login(
        LoginRequest login, PasswordCheck passwords, TwoFactorCheck twoFactor, SessionTokens sessions, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, IReadOnlyList<MessageCode>>();
        if (string.IsNullOrWhiteSpace(login.Email))
        {
            errors["email"] = [new MessageCode(FieldCodes.Required)];
        }

        if (string.IsNullOrEmpty(login.Password))
        {
            errors["password"] = [new MessageCode(FieldCodes.Required)];
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        if (await passwords.CheckAsync(login.Email!, login.Password!, cancellationToken) is not { } user ||
            (user.TwoFactorEnabled && !await twoFactor.VerifyAsync(user, login.TwoFactorCode, cancellationToken)))
        {
            return TypedResults.Problem("Wrong e-mail or password.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
        }

        return await twoFactor.AllowsAsync(user, cancellationToken)
            ? TypedResults.Ok(await sessions.StartAsync(user, cancellationToken))
            : TypedResults.Problem(TwoFactorEnrolmentGate.EnrolFirst, statusCode: StatusCodes.Status403Forbidden);
    }

    private static async Task<Results<Ok<AccessTokenResponse>, ProblemHttpResult>> Refresh(
        RefreshRequest request, SessionTokens sessions, CancellationToken cancellationToken) =>
        !string.IsNullOrEmpty(request.RefreshToken) && await sessions.RefreshAsync(request.RefreshToken, cancellationToken) is { } renewed
            ? TypedResults.Ok(renewed)
            : TypedResults.Problem("The refresh token is not valid.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");

    private static async Task<NoContent> Logout(ClaimsPrincipal user, SessionTokens sessions, CancellationToken cancellationToken)
    {
        await sessions.EndAsync(user, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>A new password ends every session of the user, this one included; the caller signs in again.</summary>
    private static async Task<NoContent> ChangePassword(
        ChangePasswordRequest request, ClaimsPrincipal principal, UserManager<ApplicationUser> users)
    {
        var errors = new Dictionary<string, IReadOnlyList<MessageCode>>();
        if (string.IsNullOrEmpty(request.CurrentPassword))
        {
            errors["currentPassword"] = [new MessageCode(FieldCodes.Required)];
        }

        if (string.IsNullOrEmpty(request.NewPassword))
        {
            errors["newPassword"] = [new MessageCode(FieldCodes.Required)];
        }
        else if (request.NewPassword.Length > TextLimits.Password)
        {
            errors["newPassword"] = [new MessageCode(FieldCodes.TooLong, ("max", TextLimits.Password))];
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        var user = await users.GetUserAsync(principal) ?? throw new UnauthenticatedException();
        var result = await users.ChangePasswordAsync(user, request.CurrentPassword!, request.NewPassword!);
        if (!result.Succeeded)
        {
            throw new RequestValidationException(result.Errors.ByField(
                users.Options, e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "currentPassword" : "newPassword"));
        }

        return TypedResults.NoContent();
    }

    private static Ok<Me> GetMe(ClaimsPrincipal user, ICurrentUser current) =>
        TypedResults.Ok(new Me(
            current.Id!,
            current.Name,
            user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name,
            user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList()));
}
