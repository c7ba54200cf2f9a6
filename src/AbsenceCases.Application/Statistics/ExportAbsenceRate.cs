namespace AbsenceCases.Application.Statistics;

/// <summary>The absence-rate table with unit names, for the CSV and XLSX exports; audited apart from viewing it.</summary>
[Authorize(Roles.Manager, Roles.Coordinator, Roles.Hr)]
public sealed record ExportAbsenceRate(string? From, string? To, int? UnitId, string? GroupBy, string? AbsenceType)
    : IRequest<AbsenceRateTable>, IAbsenceRateParameters, IAuditedRequest;

public sealed class ExportAbsenceRateValidator : AbsenceRateParametersValidator<ExportAbsenceRate>;

public sealed class ExportAbsenceRateHandler(AbsenceRateQueries queries) : IRequestHandler<ExportAbsenceRate, AbsenceRateTable>
{
    public Task<AbsenceRateTable> Handle(ExportAbsenceRate request, CancellationToken cancellationToken) =>
        queries.ComputeAsync(request, withNames: true, cancellationToken);
}
