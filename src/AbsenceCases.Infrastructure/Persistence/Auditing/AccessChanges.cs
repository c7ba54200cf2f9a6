using AbsenceCases.Domain.Auditing;
using AbsenceCases.Domain.Coordination;
using AbsenceCases.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace AbsenceCases.Infrastructure.Persistence.Auditing;

/// <summary>
/// The changes of access a save holds, one audit row each — who changed what for whom: accounts created, renamed,
/// blocked, given a new password (never the password) or their two-factor reset, roles granted and revoked, units
/// managed (a manager's scope), and coordination groups' members and workplaces (a coordinator's scope). A member
/// replaced by an equal one is no change.
/// </summary>
internal static class AccessChanges
{
    public static IReadOnlyList<AuditEntry> Of(DbContext context, DateTimeOffset at, string userId, string userName)
    {
        AuditEntry Change(string action, string? targetUserId, string detail) =>
            AuditEntry.Change(at, userId, userName, action, targetUserId, detail);

        var entries = context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Deleted or EntityState.Modified).ToList();
        var rows = new List<AuditEntry>();
        foreach (var entry in entries)
        {
            switch (entry.Entity)
            {
                case ApplicationUser account:
                    rows.AddRange(AccountChanges(entry, account).Select(c => Change(c.Action, account.Id, c.Detail)));
                    break;
                case IdentityUserRole<string> role when entry.State != EntityState.Modified:
                    var roleName = context.Set<IdentityRole>().Find(role.RoleId)?.Name ?? role.RoleId;
                    rows.Add(Change(entry.State == EntityState.Added ? "RoleGranted" : "RoleRevoked", role.UserId, roleName));
                    break;
                case UnitManager managed when entry.State != EntityState.Modified:
                    rows.Add(Change(entry.State == EntityState.Added ? "ManagedUnitAdded" : "ManagedUnitRemoved", managed.UserId, $"unitId={managed.UnitId}"));
                    break;
            }
        }

        rows.AddRange(Net(entries, context, (CoordinationGroupMember m) => (m.UserId, $"{m.Name} ({m.Role})"))
            .Select(c => Change(c.Added ? "GroupMemberAdded" : "GroupMemberRemoved", c.Key.UserId, $"{c.Group}: {c.Key.Detail}")));
        rows.AddRange(Net(entries, context, (CoordinationGroupWorkplace w) => ((string?)null, $"unitId={w.UnitId}"))
            .Select(c => Change(c.Added ? "GroupWorkplaceAdded" : "GroupWorkplaceRemoved", null, $"{c.Group}: {c.Key.Detail}")));
        return rows;
    }

    private static IEnumerable<(string Action, string Detail)> AccountChanges(EntityEntry entry, ApplicationUser account)
    {
        if (entry.State == EntityState.Added)
        {
            yield return ("UserCreated", $"{account.Email} ({account.DisplayName})");
            yield break;
        }

        if (entry.State == EntityState.Deleted)
        {
            yield return ("UserDeleted", account.Email ?? account.Id);
            yield break;
        }

        if (Changed(entry, nameof(ApplicationUser.DisplayName)))
        {
            yield return ("UserRenamed", account.DisplayName);
        }

        if (Changed(entry, nameof(ApplicationUser.Email)))
        {
            yield return ("UserEmailChanged", account.Email ?? string.Empty);
        }

        var wasBlocked = IsBlocked(entry.Property(nameof(ApplicationUser.LockoutEnd)).OriginalValue as DateTimeOffset?);
        if (wasBlocked != IsBlocked(account.LockoutEnd))
        {
            yield return (wasBlocked ? "UserUnblocked" : "UserBlocked", account.Email ?? account.Id);
        }

        if (Changed(entry, nameof(ApplicationUser.PasswordHash)))
        {
            yield return ("UserPasswordChanged", account.Email ?? account.Id);
        }

        if (Changed(entry, nameof(ApplicationUser.TwoFactorEnabled)) && !account.TwoFactorEnabled)
        {
            yield return ("TwoFactorReset", account.Email ?? account.Id);
        }
    }

    /// <summary>Blocked for good, as user administration blocks; a lockout after failed sign-ins ends by itself.</summary>
    private static bool IsBlocked(DateTimeOffset? lockoutEnd) => lockoutEnd?.Year == DateTimeOffset.MaxValue.Year;

    private static bool Changed(EntityEntry entry, string property) =>
        entry.Property(property) is { IsModified: true } value && !Equals(value.OriginalValue, value.CurrentValue);

    /// <summary>The rows of a group added and deleted in this save, less those deleted and added again unchanged.</summary>
    private static IEnumerable<(bool Added, string Group, (string? UserId, string Detail) Key)> Net<TRow>(
        IEnumerable<EntityEntry> entries, DbContext context, Func<TRow, (string? UserId, string Detail)> key)
        where TRow : class
    {
        var changes = entries
            .Where(e => e.Entity is TRow && e.State is EntityState.Added or EntityState.Deleted)
            .Select(e => (Added: e.State == EntityState.Added, Group: GroupOf(e, context), Key: key((TRow)e.Entity)))
            .ToList();
        return changes.Where(c => !changes.Any(other => other.Added != c.Added && other.Group == c.Group && other.Key == c.Key));
    }

    private static string GroupOf(EntityEntry row, DbContext context)
    {
        var groupId = row.Property("GroupId").CurrentValue;
        var group = context.ChangeTracker.Entries<CoordinationGroup>().FirstOrDefault(g => Equals(g.Property(x => x.Id).CurrentValue, groupId));
        return group?.Entity.Name ?? $"groupId={groupId}";
    }
}
