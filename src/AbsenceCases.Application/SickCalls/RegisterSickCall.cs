using System.Text.Json.Serialization;
using AbsenceCases.Application.Cases;
using AbsenceCases.Application.Common.Idempotency;
using AbsenceCases.Domain.Absences;
using AbsenceCases.Domain.Employees;

namespace AbsenceCases.Application.SickCalls;

/// <summary>
/// A manager registers that an employee has called in sick. It opens a case, or adds a spell to the
/// employee's open case. No field takes a diagnosis (helbredsoplysningsloven § 2).
/// </summary>
[Authorize(Roles.Manager, Roles.Hr)]
public sealed record RegisterSickCall(
    int? EmployeeId,
    string? EmployeeNumber,
    DateOnly? FirstDay,
    AbsenceType? AbsenceType,
    int? Percent,
    DateOnly? ExpectedReturn,
    string? Note) : IRequest<SickCallRegistered>, IEmployeeRequest, IIdempotentRequest
{
    [JsonIgnore]
    public string? IdempotencyKey { get; init; }
}

public sealed record SickCallRegistered(Guid CaseId, bool AddedToOpenCase) : ICaseResponse;

public sealed class RegisterSickCallValidator : AbstractValidator<RegisterSickCall>
{
    public RegisterSickCallValidator(MunicipalClock clock, DeadlinePolicy policy)
    {
        RuleFor(c => c.EmployeeId)
            .Must((command, id) => id is not null || !string.IsNullOrWhiteSpace(command.EmployeeNumber))
            .WithCode(SickCallCodes.GiveEmployee)
            .Must((command, id) => id is null || string.IsNullOrWhiteSpace(command.EmployeeNumber))
            .WithCode(SickCallCodes.GiveOneEmployee);
        RuleFor(c => c.EmployeeNumber).SingleLineText(TextLimits.Code);
        RuleFor(c => c.FirstDay)
            .RequiredNotInFuture(clock)
            .Must(day => day is null || day >= clock.Today.AddDays(-policy.Settings.MaxBackdatingDays))
            .WithCode(SickCallCodes.TooFarBack, ("days", policy.Settings.MaxBackdatingDays));
        RuleFor(c => c.AbsenceType).RequiredEnum();
        RuleFor(c => c.Percent).InclusiveBetween(1, 100).WithCode(FieldCodes.OutOfRange, ("min", 1), ("max", 100));
        RuleFor(c => c.ExpectedReturn)
            .Must((command, expected) => expected is null || command.FirstDay is null || expected > command.FirstDay)
            .WithCode(SickCallCodes.ReturnAfterFirstDay);
        RuleFor(c => c.Note).Note();
    }
}

/// <summary>
/// Holds the write lock from before it reads the employee's spells and open case until it commits, so that two sick
/// calls for one employee, or a sick call beside an import, cannot both decide that the employee was not yet absent:
/// the second is answered as if it had come afterwards.
/// </summary>
public sealed class RegisterSickCallHandler(
    IApplicationDbContext db, ICurrentUser user, MunicipalClock clock, IWriteLock writeLock)
    : IRequestHandler<RegisterSickCall, SickCallRegistered>
{
    public async Task<SickCallRegistered> Handle(RegisterSickCall command, CancellationToken cancellationToken)
    {
        await using var locked = await writeLock.AcquireAsync(cancellationToken);
        var registered = await Register(command, cancellationToken);
        await locked.CommitAsync(cancellationToken);
        return registered;
    }

    private async Task<SickCallRegistered> Register(RegisterSickCall command, CancellationToken cancellationToken)
    {
        var employee = await FindEmployee(command, cancellationToken);
        var details = new SickCallDetails(
            command.FirstDay!.Value, command.AbsenceType!.Value, command.Percent ?? 100, command.ExpectedReturn, command.Note);
        var unitId = ChooseUnit(employee, details.FirstDay);
        await EnsureNoOverlap(employee.Id, details, cancellationToken);

        var stamp = clock.Stamp(user);
        var openCase = await db.Cases.WithWorkflowData()
            .FirstOrDefaultAsync(c => c.EmployeeId == employee.Id && c.Status != CaseStatus.Closed, cancellationToken);
        if (openCase is not null)
        {
            openCase.AddSpell(details, stamp);
            await db.SaveChangesAsync(cancellationToken);
            return new SickCallRegistered(openCase.Id, AddedToOpenCase: true);
        }

        var @case = AbsenceCase.ReportSickCall(employee.Id, unitId, details, stamp);
        db.Cases.Add(@case);
        await db.SaveChangesAsync(cancellationToken);
        return new SickCallRegistered(@case.Id, AddedToOpenCase: false);
    }

    private async Task<Employee> FindEmployee(RegisterSickCall command, CancellationToken cancellationToken)
    {
        var employees = db.Employees.Include(e => e.Employments);
        return await (command.EmployeeId is { } id
                   ? employees.SingleAsync(e => e.Id == id, cancellationToken)
                   : employees.SingleAsync(e => e.EmployeeNumber == command.EmployeeNumber, cancellationToken));
    }

    /// <summary>
    /// The case belongs to the unit of the employment with most hours on the first day (of concurrent employments with
    /// equal hours the one that started first), whoever reports it: its reminders go to that unit's managers, while the
    /// manager of every employment covering today sees the case and may act on it.
    /// </summary>
    private static int ChooseUnit(Employee employee, DateOnly firstDay) =>
        employee.EmploymentsOn(firstDay).FirstOrDefault()?.UnitId
        ?? throw new RequestValidationException("firstDay", SickCallCodes.NotEmployedOnDay);

    private async Task EnsureNoOverlap(int employeeId, SickCallDetails details, CancellationToken cancellationToken)
    {
        var overlapping = await db.Spells
            .Where(s => s.EmployeeId == employeeId && s.Type == details.Type && (s.LastDay == null || s.LastDay >= details.FirstDay))
            .OrderBy(s => s.FirstDay)
            .Select(s => new { s.FirstDay, s.LastDay })
            .FirstOrDefaultAsync(cancellationToken);
        if (overlapping is not null)
        {
            throw overlapping.LastDay is { } last
                ? new ConflictException(SickCallCodes.AlreadyAbsent, ("type", details.Type), ("from", overlapping.FirstDay), ("to", last))
                : new ConflictException(SickCallCodes.AlreadyAbsentStill, ("type", details.Type), ("from", overlapping.FirstDay));
        }
    }
}
