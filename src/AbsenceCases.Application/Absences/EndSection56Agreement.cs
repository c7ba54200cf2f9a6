using System.Text.Json.Serialization;

namespace AbsenceCases.Application.Absences;

/// <summary>Ends a § 56 agreement before its two years are over.</summary>
[Authorize(Roles.Manager, Roles.Hr)]
public sealed record EndSection56Agreement(DateOnly? On) : IRequest<Section56AgreementDto>, IEmployeeRequest
{
    [JsonIgnore]
    public int? EmployeeId { get; init; }

    [JsonIgnore]
    public int AgreementId { get; init; }

    [JsonIgnore]
    public string? EmployeeNumber => null;

    bool IEmployeeRequest.NamesEmployeeInBody => false;
}

public sealed class EndSection56AgreementValidator : AbstractValidator<EndSection56Agreement>
{
    public EndSection56AgreementValidator() => RuleFor(c => c.On).NotNull().WithCode(FieldCodes.Required);
}

public sealed class EndSection56AgreementHandler(IApplicationDbContext db, MunicipalClock clock) : IRequestHandler<EndSection56Agreement, Section56AgreementDto>
{
    public async Task<Section56AgreementDto> Handle(EndSection56Agreement command, CancellationToken cancellationToken)
    {
        var agreement = await db.Section56Agreements
                            .SingleOrDefaultAsync(a => a.Id == command.AgreementId && a.EmployeeId == command.EmployeeId, cancellationToken)
                        ?? throw new NotFoundException(RefusalCodes.NotFound.Section56Agreement, command.AgreementId);
        agreement.End(command.On!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return Section56AgreementDto.From(agreement, clock.Today);
    }
}
