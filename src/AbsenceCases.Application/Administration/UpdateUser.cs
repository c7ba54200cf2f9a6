using System.Text.Json.Serialization;

namespace AbsenceCases.Application.Administration;

/// <summary>Changes a user's name, roles, managed units, the employee they are, and blocks or unblocks the sign-in.</summary>
[Authorize(Common.Security.Roles.Admin)]
public sealed record UpdateUser(string? DisplayName, IReadOnlyList<string>? Roles, IReadOnlyList<int>? ManagedUnitIds, bool Blocked, string? EmployeeNumber = null)
    : IRequest<UserDto>, IUserInput, IAuditedRequest
{
    [JsonIgnore]
    public string UserId { get; init; } = string.Empty;
}

public sealed class UpdateUserValidator : UserRules<UpdateUser>;

public sealed class UpdateUserHandler(IApplicationDbContext db, IUserAdministration users, ICurrentUser currentUser) : IRequestHandler<UpdateUser, UserDto>
{
    public async Task<UserDto> Handle(UpdateUser command, CancellationToken cancellationToken)
    {
        _ = await users.FindAsync(command.UserId, cancellationToken) ?? throw new NotFoundException(RefusalCodes.NotFound.User, command.UserId);
        if (command.UserId == currentUser.Id && (command.Blocked || !command.Roles!.Contains(Roles.Admin)))
        {
            throw new ConflictException(AdministrationCodes.SelfLockout);
        }

        await ManagedUnits.EnsureExistAsync(db, command.ManagedUnitIds!, cancellationToken);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        await users.UpdateAsync(command.UserId, command.DisplayName!.Trim(), command.Roles!, command.Blocked, cancellationToken);
        await ManagedUnits.ReplaceAsync(db, command.UserId, command.ManagedUnitIds!, cancellationToken);
        await EmployeeAccounts.LinkAsync(db, command.UserId, command.EmployeeNumber, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (await users.FindAsync(command.UserId, cancellationToken))!;
    }
}
