using AbsenceCases.Application.Administration;
using AbsenceCases.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace AbsenceCases.Infrastructure.Identity;

/// <summary>Users, roles and blocking through ASP.NET Core Identity; a blocked user is locked out for good.</summary>
internal sealed class UserAdministration(UserManager<ApplicationUser> users, ApplicationDbContext db) : IUserAdministration
{
    public async Task<IReadOnlyList<UserDto>> ListAsync(CancellationToken cancellationToken)
    {
        var all = await users.Users.AsNoTracking().OrderBy(u => u.DisplayName).ThenBy(u => u.Email).ToListAsync(cancellationToken);
        var roles = (await (from userRole in db.UserRoles join role in db.Roles on userRole.RoleId equals role.Id select new { userRole.UserId, role.Name })
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.UserId, r => r.Name!);
        var units = (await db.UnitManagers.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(m => m.UserId, m => m.UnitId);
        var employees = await (from account in db.EmployeeAccounts
                               join employee in db.Employees on account.EmployeeId equals employee.Id
                               select new { account.UserId, employee.EmployeeNumber })
            .ToDictionaryAsync(a => a.UserId, a => a.EmployeeNumber, cancellationToken);
        return all.Select(u => ToDto(u, roles[u.Id].Order().ToList(), units[u.Id].Order().ToList(), employees.GetValueOrDefault(u.Id))).ToList();
    }

    public async Task<UserDto?> FindAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return null;
        }

        var units = await db.UnitManagers.Where(m => m.UserId == userId).Select(m => m.UnitId).OrderBy(id => id).ToListAsync(cancellationToken);
        var employee = await (from account in db.EmployeeAccounts
                              where account.UserId == userId
                              join person in db.Employees on account.EmployeeId equals person.Id
                              select person.EmployeeNumber).SingleOrDefaultAsync(cancellationToken);
        return ToDto(user, (await users.GetRolesAsync(user)).Order().ToList(), units, employee);
    }

    public async Task<(string? UserId, bool EmailTaken, IReadOnlyDictionary<string, IReadOnlyList<MessageCode>> Errors)> CreateAsync(
        string email, string displayName, string password, CancellationToken cancellationToken)
    {
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            return (user.Id, false, new Dictionary<string, IReadOnlyList<MessageCode>>());
        }

        // The user name is the e-mail address, so either duplicate means the address is in use.
        var emailTaken = result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.DuplicateEmail));
        return (null, emailTaken, result.Errors.ByField(users.Options, e => e.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email"));
    }

    public async Task UpdateAsync(string userId, string displayName, IReadOnlyList<string> roles, bool blocked, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId) ?? throw new InvalidOperationException($"No user {userId}.");
        user.DisplayName = displayName;
        user.LockoutEnabled = true;
        user.LockoutEnd = blocked ? Blocking.Forever : null;

        // No UpdateAsync of its own: each of the calls below saves the user, name and lockout with it.
        var current = await users.GetRolesAsync(user);
        (await users.RemoveFromRolesAsync(user, current.Except(roles))).EnsureSucceeded();
        (await users.AddToRolesAsync(user, roles.Except(current))).EnsureSucceeded();
        (await users.UpdateSecurityStampAsync(user)).EnsureSucceeded();
    }

    public async Task ResetTwoFactorAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId) ?? throw new InvalidOperationException($"No user {userId}.");

        // The user tokens hold two-factor's secrets only: the authenticator key, the recovery codes, a new app's key.
        db.UserTokens.RemoveRange(await db.UserTokens.Where(t => t.UserId == userId).ToListAsync(cancellationToken));
        (await users.SetTwoFactorEnabledAsync(user, false)).EnsureSucceeded();
    }

    private static UserDto ToDto(ApplicationUser user, IReadOnlyList<string> roles, IReadOnlyList<int> units, string? employeeNumber) =>
        new(user.Id, user.Email ?? string.Empty, user.DisplayName, roles, units, Blocking.IsBlocked(user.LockoutEnd), user.TwoFactorEnabled, employeeNumber);
}
