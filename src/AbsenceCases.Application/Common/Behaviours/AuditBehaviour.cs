using AbsenceCases.Application.Common.Security;
using AbsenceCases.Application.Common.Time;
using AbsenceCases.Domain.Auditing;

namespace AbsenceCases.Application.Common.Behaviours;

/// <summary>Writes every read and write of personnel data to the audit log, and every attempt refused for scope.</summary>
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

        var caseId = (request as ICaseRequest)?.CaseId ?? (response as ICaseResponse)?.CaseId;
        await WriteAsync(request, caseId, allowed: true, cancellationToken);
        return response;
    }

    private async Task WriteAsync(TRequest request, Guid? caseId, bool allowed, CancellationToken cancellationToken)
    {
        db.AuditEntries.Add(new AuditEntry(
            clock.Now,
            user.Id ?? "anonymous",
            user.Name,
            typeof(TRequest).Name,
            caseId,
            (request as IEmployeeRequest)?.EmployeeId,
            allowed));
        await db.SaveChangesAsync(cancellationToken);
    }
}
