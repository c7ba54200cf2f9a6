using AbsenceCases.Domain.Auditing;

namespace AbsenceCases.Application.Common.Behaviours;

/// <summary>
/// Writes one audit row for every read and write of personnel data, in the same transaction as the change: the
/// request's changes are held until its row is saved, and a request that fails leaves neither. A list names the cases
/// and employees it returned. A request refused for scope or role is rolled back and audited as refused.
/// </summary>
public sealed class AuditBehaviour<TRequest, TResponse>(IApplicationDbContext db, ICurrentUser user, MunicipalClock clock)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not IAuditedRequest)
        {
            return await next();
        }

        try
        {
            await using var held = db.HoldChanges();
            var response = await next();
            var entry = Entry(request, (request as ICaseRequest)?.CaseId ?? (response as ICaseResponse)?.CaseId, allowed: true);
            entry.AddSubjects((response as ICasesResponse)?.CaseIds ?? [], (response as IEmployeesResponse)?.EmployeeIds ?? []);
            db.AuditEntries.Add(entry);
            await db.SaveChangesAsync(cancellationToken);
            await held.CommitAsync(cancellationToken);
            return response;
        }
        catch (ForbiddenAccessException)
        {
            // The hold has rolled back whatever the request saved before it was refused.
            db.DiscardChanges();
            db.AuditEntries.Add(Entry(request, (request as ICaseRequest)?.CaseId, allowed: false));
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
    }

    private AuditEntry Entry(TRequest request, Guid? caseId, bool allowed) =>
        new(clock.Now, user.Id ?? "anonymous", user.Name, typeof(TRequest).Name, caseId, (request as IEmployeeRequest)?.EmployeeId, allowed);
}
