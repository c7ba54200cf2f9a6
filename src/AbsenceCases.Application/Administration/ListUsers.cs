namespace AbsenceCases.Application.Administration;

[Authorize(Roles.Admin)]
public sealed record ListUsers : IRequest<IReadOnlyList<UserDto>>;

public sealed class ListUsersHandler(IUserAdministration users) : IRequestHandler<ListUsers, IReadOnlyList<UserDto>>
{
    public Task<IReadOnlyList<UserDto>> Handle(ListUsers request, CancellationToken cancellationToken) => users.ListAsync(cancellationToken);
}
