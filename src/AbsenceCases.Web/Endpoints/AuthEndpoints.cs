using System.Security.Claims;
using AbsenceCases.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AbsenceCases.Web.Endpoints;

public static class AuthEndpoints
{
    public sealed record LoginRequest(string? Email, string? Password);

    public sealed record RefreshRequest(string? RefreshToken);

    public sealed record Me(string Id, string Name, string? Email, IReadOnlyList<string> Roles);

    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Auth");
        auth.MapPost("/login", Login).AllowAnonymous().WithName("Login")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        auth.MapPost("/refresh", Refresh).AllowAnonymous().WithName("RefreshToken")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        auth.MapGet("/me", GetMe).WithName("GetMe");
    }

    /// <summary>Answers {tokenType, accessToken, expiresIn, refreshToken}: the bearer handler writes the token on sign-in.</summary>
    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> Login(LoginRequest login, SignInManager<ApplicationUser> signIn)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(login.Email))
        {
            errors["email"] = ["Required."];
        }

        if (string.IsNullOrEmpty(login.Password))
        {
            errors["password"] = ["Required."];
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(login.Email!.Trim(), login.Password!, isPersistent: false, lockoutOnFailure: true);
        return result.Succeeded
            ? TypedResults.Empty
            : TypedResults.Problem(
                result.IsLockedOut ? "The account is locked for a while after too many failed attempts." : "Wrong e-mail or password.",
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Unauthorized");
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> Refresh(
        RefreshRequest request,
        SignInManager<ApplicationUser> signIn,
        IOptionsMonitor<BearerTokenOptions> bearerOptions,
        TimeProvider time)
    {
        var protector = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
        var ticket = string.IsNullOrEmpty(request.RefreshToken) ? null : protector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires ||
            await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
        {
            return TypedResults.Problem("The refresh token is not valid.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static Ok<Me> GetMe(ClaimsPrincipal user, ICurrentUser current) =>
        TypedResults.Ok(new Me(
            current.Id!,
            current.Name,
            user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name,
            user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList()));
}
