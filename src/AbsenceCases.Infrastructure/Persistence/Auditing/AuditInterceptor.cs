using AbsenceCases.Application.Common.Time;
using AbsenceCases.Domain.Auditing;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AbsenceCases.Infrastructure.Persistence.Auditing;

/// <summary>
/// Before every save: audits the changes of users' access it holds (<see cref="AccessChanges"/>), in the same save, and
/// stamps every new audit row with the request id and client address of the request, or the job run, that writes it.
/// </summary>
internal sealed class AuditInterceptor(IRequestContext request, ICurrentUser user, MunicipalClock clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Audit(eventData.Context!);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Audit(eventData.Context!);
        return ValueTask.FromResult(result);
    }

    private void Audit(DbContext context)
    {
        var changes = AccessChanges.Of(context, clock.Now, user.Id ?? "anonymous", user.Name);
        context.Set<AuditEntry>().AddRange(changes);
        foreach (var entry in context.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added))
        {
            entry.Property(a => a.RequestId).CurrentValue ??= Shortened(request.RequestId, 100);
            entry.Property(a => a.ClientAddress).CurrentValue ??= Shortened(request.ClientAddress, 64);
        }
    }

    private static string? Shortened(string? text, int maxLength) => text is { Length: > 0 } && text.Length > maxLength ? text[..maxLength] : text;
}
