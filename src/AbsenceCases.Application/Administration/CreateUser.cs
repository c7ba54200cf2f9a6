namespace AbsenceCases.Application.Administration;

/// <summary>Creates a user with a first password, roles and, for a manager, the units managed.</summary>
[Authorize(Common.Security.Roles.Admin)]
public sealed record CreateUser(string? Email, string? Password, string? DisplayName, IReadOnlyList<string>? Roles, IReadOnlyList<int>? ManagedUnitIds, string? EmployeeNumber = null)
    : IRequest<UserDto>, IUserInput, IAuditedRequest;

public sealed class CreateUserValidator : UserRules<CreateUser>
{
    public CreateUserValidator()
    {
        RuleFor(u => u.Email).NotEmpty().WithCode(FieldCodes.Required).EmailAddress().WithCode(FieldCodes.NotAnEmail)
            .SingleLineText(TextLimits.Email);
        RuleFor(u => u.Password).NotEmpty().WithCode(FieldCodes.Required)
            .MaximumLength(TextLimits.Password).WithCode(FieldCodes.TooLong, ("max", TextLimits.Password));
    }
}

public sealed class CreateUserHandler(IApplicationDbContext db, IUserAdministration users) : IRequestHandler<CreateUser, UserDto>
{
    public async Task<UserDto> Handle(CreateUser command, CancellationToken cancellationToken)
    {
        await ManagedUnits.EnsureExistAsync(db, command.ManagedUnitIds!, cancellationToken);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var (userId, emailTaken, errors) = await users.CreateAsync(command.Email!.Trim(), command.DisplayName!.Trim(), command.Password!, cancellationToken);
        if (userId is null)
        {
            throw emailTaken
                ? new ConflictException(AdministrationCodes.EmailTaken, ("email", command.Email))
                : new RequestValidationException(errors);
        }

        await users.UpdateAsync(userId, command.DisplayName.Trim(), command.Roles!, blocked: false, cancellationToken);
        await ManagedUnits.ReplaceAsync(db, userId, command.ManagedUnitIds!, cancellationToken);
        await EmployeeAccounts.LinkAsync(db, userId, command.EmployeeNumber, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (await users.FindAsync(userId, cancellationToken))!;
    }
}
