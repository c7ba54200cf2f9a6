using AbsenceCases.Application.Cases.Commands;

namespace AbsenceCases.Application.SelfService;

/// <summary>The employee reports back to work themselves, when the installation allows it: their open case gets the return.</summary>
[Authorize(Roles.Employee)]
public sealed record ReportMyReturn(DateOnly? ReturnedOn) : IRequest<CaseActionResult>, IAuditedRequest;

public sealed class ReportMyReturnValidator : AbstractValidator<ReportMyReturn>
{
    public ReportMyReturnValidator(MunicipalClock clock) => RuleFor(r => r.ReturnedOn).RequiredNotInFuture(clock);
}

/// <summary>
/// Hands the return to the manager's own use case without its role check: the employee may end only their own open
/// case, and only this way.
/// </summary>
public sealed class ReportMyReturnHandler(
    IApplicationDbContext db, OwnEmployee own, SelfServiceSettings settings, IRequestHandler<RegisterReturn, CaseActionResult> registerReturn)
    : IRequestHandler<ReportMyReturn, CaseActionResult>
{
    public async Task<CaseActionResult> Handle(ReportMyReturn request, CancellationToken cancellationToken)
    {
        if (!settings.ReportReturn)
        {
            throw new ForbiddenAccessException(SelfServiceCodes.ReturnReportedByManager);
        }

        var employeeId = await own.IdAsync(cancellationToken);
        var caseId = await db.Cases.Where(c => c.EmployeeId == employeeId && c.Status != CaseStatus.Closed)
                         .Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken)
                     ?? throw new ConflictException(SelfServiceCodes.NoOpenCase);
        return await registerReturn.Handle(new RegisterReturn(request.ReturnedOn) { CaseId = caseId }, cancellationToken);
    }
}
