namespace AbsenceCases.Application.SelfService;

/// <summary>The employee the signed-in user is, through their employee account: the only person self-service shows.</summary>
public sealed class OwnEmployee(IApplicationDbContext db, ICurrentUser user)
{
    public async Task<int> IdAsync(CancellationToken cancellationToken) =>
        await db.EmployeeAccounts.Where(a => a.UserId == user.Id).Select(a => (int?)a.EmployeeId).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(SelfServiceCodes.NotLinked, user.Name);
}
