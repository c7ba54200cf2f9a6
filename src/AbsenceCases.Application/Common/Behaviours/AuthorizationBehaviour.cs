namespace AbsenceCases.Application.Common.Behaviours;

/// <summary>
/// Lets a request through only for a signed-in caller whose role the request's declaration names, and only for data within
/// the caller's units: a case's unit, an employee's units, the unit a list is filtered to.
/// </summary>
public sealed class AuthorizationBehaviour<TRequest, TResponse>(
    ICurrentUser user, IUserScopeProvider scopes, IApplicationDbContext db)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (user.Id is null)
        {
            throw new UnauthenticatedException();
        }

        EnsureRoleMaySend();

        if (request is ICaseRequest caseRequest)
        {
            await EnsureCaseInScope(caseRequest.CaseId, cancellationToken);
        }

        if (request is IEmployeeRequest employeeRequest && (employeeRequest.EmployeeId is not null || employeeRequest.EmployeeNumber is not null))
        {
            await EnsureEmployeeInScope(employeeRequest, cancellationToken);
        }

        if (request is IGroupRequest groupRequest)
        {
            await EnsureGroupMember(groupRequest.GroupId, cancellationToken);
        }

        if (request is IUnitFilteredRequest { UnitId: { } unitId })
        {
            await EnsureUnitInScope(unitId, cancellationToken);
        }

        return await next();
    }

    /// <summary>The request's declaration names the roles that may send it (DESIGN.md section 9); without one, nobody may.</summary>
    private void EnsureRoleMaySend()
    {
        switch (RequestPermissions.Of(typeof(TRequest)))
        {
            case null:
                throw new ForbiddenAccessException(RefusalCodes.Access.NoRole);
            case AuthorizeAttribute required when !required.Allows(user.IsInRole):
                throw new ForbiddenAccessException(RefusalCodes.Access.RoleRequired, ("roles", required.Roles));
        }
    }

    /// <summary>A case follows its employee: it is in scope while its employee is in scope today.</summary>
    private async Task EnsureCaseInScope(Guid caseId, CancellationToken cancellationToken)
    {
        var employeeIds = await db.Cases.Where(c => c.Id == caseId).Select(c => c.EmployeeId).ToListAsync(cancellationToken);
        if (employeeIds.Count == 0)
        {
            throw new NotFoundException(RefusalCodes.NotFound.Case, caseId);
        }

        if (!await InScopeToday(employeeIds[0], cancellationToken))
        {
            throw new ForbiddenAccessException(RefusalCodes.Access.CaseOutsideScope);
        }
    }

    private async Task EnsureEmployeeInScope(IEmployeeRequest request, CancellationToken cancellationToken)
    {
        var employees = request.EmployeeId is { } id
            ? db.Employees.Where(e => e.Id == id)
            : db.Employees.Where(e => e.EmployeeNumber == request.EmployeeNumber);
        var found = await employees.Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellationToken);
        if (found is null && !request.NamesEmployeeInBody)
        {
            throw new NotFoundException(RefusalCodes.NotFound.Employee, request.EmployeeId ?? (object?)request.EmployeeNumber ?? string.Empty);
        }

        if (found is null)
        {
            var field = request.EmployeeId is null ? "employeeNumber" : "employeeId";
            throw new RequestValidationException(field, FieldCodes.UnknownEmployee);
        }

        if (!await InScopeToday(found.Value, cancellationToken))
        {
            throw new ForbiddenAccessException(RefusalCodes.Access.EmployeeOutsideScope);
        }
    }

    private async Task<bool> InScopeToday(int employeeId, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetEmployeeScopeAsync(cancellationToken);
        return await scope.Filter(db.Employees.Where(e => e.Id == employeeId)).AnyAsync(cancellationToken);
    }

    private async Task EnsureGroupMember(int groupId, CancellationToken cancellationToken)
    {
        var members = await db.CoordinationGroups.Where(g => g.Id == groupId)
            .Select(g => g.Members.Select(m => m.UserId).ToList())
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(RefusalCodes.NotFound.CoordinationGroup, groupId);
        if (!user.IsInRole(Roles.Hr) && !user.IsInRole(Roles.Admin) && !members.Contains(user.Id))
        {
            throw new ForbiddenAccessException(RefusalCodes.Access.GroupMembersOnly);
        }
    }

    private async Task EnsureUnitInScope(int unitId, CancellationToken cancellationToken)
    {
        if (!await db.Units.AnyAsync(u => u.Id == unitId, cancellationToken))
        {
            throw new NotFoundException(RefusalCodes.NotFound.Unit, unitId);
        }

        var scope = await scopes.GetScopeAsync(cancellationToken);
        if (!scope.Contains(unitId))
        {
            throw new ForbiddenAccessException(RefusalCodes.Access.UnitOutsideScope);
        }
    }
}
