using AbsenceCases.Application.Common.Security;
using AbsenceCases.Application.Common.Time;
using AbsenceCases.Domain.Auditing;

namespace AbsenceCases.Application.Common.Behaviours;

/// <summary>
/// Writes every read and write of personnel data to the audit log, one row per case it touched, and every
/// attempt refused for scope.
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

        TResponse response;
        try
        {
            response = await next();
        }
        catch (ForbiddenAccessException)
        {
            await WriteAsync(request, caseId: (request as ICaseRequest)?.CaseId, allowed: false, CancellationToken.None);
            throw;
        }

        IEnumerable<Guid?> caseIds = response is ICasesResponse { CaseIds.Count: > 0 } many
            ? many.CaseIds.Select(id => (Guid?)id)
            : [(request as ICaseRequest)?.CaseId ?? (response as ICaseResponse)?.CaseId];
        foreach (var caseId in caseIds)
        {
            Add(request, caseId, allowed: true);
        }

        await db.SaveChangesAsync(cancellationToken);
        return response;
    }

    private async Task WriteAsync(TRequest request, Guid? caseId, bool allowed, CancellationToken cancellationToken)
    {
        Add(request, caseId, allowed);
        await db.SaveChangesAsync(cancellationToken);
    }

    private void Add(TRequest request, Guid? caseId, bool allowed) =>
        db.AuditEntries.Add(new AuditEntry(
            clock.Now,
            user.Id ?? "anonymous",
            user.Name,
            typeof(TRequest).Name,
            caseId,
            (request as IEmployeeRequest)?.EmployeeId,
            allowed));
}
