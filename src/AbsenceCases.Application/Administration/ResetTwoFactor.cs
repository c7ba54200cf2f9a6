using System.Text.Json.Serialization;

namespace AbsenceCases.Application.Administration;

/// <summary>
/// Resets a user's two-factor sign-in, e.g. after a lost phone: the authenticator and recovery codes are gone and the
/// user's sessions end; a user whose role requires two-factor enrols a new app at the next sign-in.
/// </summary>
[Authorize(Common.Security.Roles.Admin)]
public sealed record ResetTwoFactor : IRequest<Unit>, IAuditedRequest
{
    [JsonIgnore]
    public string UserId { get; init; } = string.Empty;
}

public sealed class ResetTwoFactorHandler(IUserAdministration users) : IRequestHandler<ResetTwoFactor, Unit>
{
    public async Task<Unit> Handle(ResetTwoFactor command, CancellationToken cancellationToken)
    {
        _ = await users.FindAsync(command.UserId, cancellationToken) ?? throw new NotFoundException(RefusalCodes.NotFound.User, command.UserId);
        await users.ResetTwoFactorAsync(command.UserId, cancellationToken);
        return Unit.Value;
    }
}
