namespace AbsenceCases.Application.Statistics;

/// <summary>The absence-rate table by the DST/KRL definitions: GET /api/statistics/absence-rate.</summary>
[Authorize(Roles.Manager, Roles.Coordinator, Roles.Hr)]
public sealed record GetAbsenceRate(string? From, string? To, int? UnitId, string? GroupBy, string? AbsenceType)
    : IRequest<AbsenceRateReport>, IAbsenceRateParameters, IAuditedRequest;

public sealed class GetAbsenceRateValidator : AbsenceRateParametersValidator<GetAbsenceRate>;

public sealed class GetAbsenceRateHandler(AbsenceRateQueries queries) : IRequestHandler<GetAbsenceRate, AbsenceRateReport>
{
    public async Task<AbsenceRateReport> Handle(GetAbsenceRate request, CancellationToken cancellationToken) =>
        (await queries.ComputeAsync(request, withNames: false, cancellationToken)).Report;
}
