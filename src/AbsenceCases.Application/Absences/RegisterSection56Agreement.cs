using System.Text.Json.Serialization;
using AbsenceCases.Domain.Employees;

namespace AbsenceCases.Application.Absences;

/// <summary>Registers a § 56 agreement (sygedagpengeloven) for an employee: valid two years from the given day.</summary>
[Authorize(Roles.Manager, Roles.Hr)]
public sealed record RegisterSection56Agreement(DateOnly? ValidFrom) : IRequest<Section56AgreementDto>, IEmployeeRequest
{
    [JsonIgnore]
    public int? EmployeeId { get; init; }

    [JsonIgnore]
    public string? EmployeeNumber => null;

    bool IEmployeeRequest.NamesEmployeeInBody => false;
}

public sealed class RegisterSection56AgreementValidator : AbstractValidator<RegisterSection56Agreement>
{
    public RegisterSection56AgreementValidator()
    {
        RuleFor(c => c.ValidFrom).NotNull().WithCode(FieldCodes.Required);
    }
}

public sealed class RegisterSection56AgreementHandler(IApplicationDbContext db, MunicipalClock clock, DeadlinePolicy policy)
    : IRequestHandler<RegisterSection56Agreement, Section56AgreementDto>
{
    public async Task<Section56AgreementDto> Handle(RegisterSection56Agreement command, CancellationToken cancellationToken)
    {
        var agreement = new Section56Agreement(command.EmployeeId!.Value, command.ValidFrom!.Value, policy.Settings.Section56ValidityYears);
        var overlapping = await db.Section56Agreements
            .Where(a => a.EmployeeId == agreement.EmployeeId && a.ValidFrom <= agreement.ValidTo && agreement.ValidFrom <= a.ValidTo)
            .ToListAsync(cancellationToken);
        if (overlapping.Any(a => a.LastDay >= agreement.ValidFrom))
        {
            throw new ConflictException(AbsenceCodes.Section56Exists);
        }

        db.Section56Agreements.Add(agreement);
        await db.SaveChangesAsync(cancellationToken);
        return Section56AgreementDto.From(agreement, clock.Today);
    }
}
