using AbsenceCases.Application.Absences;

namespace AbsenceCases.Application.Cases.Queries;

/// <summary>One case with its spells, deadlines, permitted actions, history, conversations and plan.</summary>
[Authorize(Roles.Manager, Roles.Coordinator, Roles.Hr)]
public sealed record GetCase(Guid CaseId) : IRequest<CaseDetails>, ICaseRequest;

public sealed class GetCaseHandler(
    IApplicationDbContext db, CaseDetailsReader reader, MunicipalClock clock, DeadlinePolicy policy, ICurrentUser user, AbsencePatterns patterns)
    : IRequestHandler<GetCase, CaseDetails>
{
    public async Task<CaseDetails> Handle(GetCase query, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.AsNoTracking().WithWorkflowData().Include(c => c.History)
                        .SingleOrDefaultAsync(c => c.Id == query.CaseId, cancellationToken)
                    ?? throw new NotFoundException(RefusalCodes.NotFound.Case, query.CaseId);
        var today = clock.Today;
        return await reader.ReadAsync(@case, cancellationToken) with
        {
            PermittedActions = @case.PermittedTriggers(today, policy.Settings).PermittedFor(user),
            AbsencePattern = AbsencePatternDto.From(await patterns.OfAsync(@case.EmployeeId, today, cancellationToken)),
        };
    }
}
