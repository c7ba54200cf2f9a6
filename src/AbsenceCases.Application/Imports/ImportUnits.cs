namespace AbsenceCases.Application.Imports;

/// <summary>Imports units.csv: unit_code;name;kind;parent_code;is_pilot, upserting by unit code.</summary>
[Authorize(Roles.Hr)]
public sealed record ImportUnits(Stream Csv) : IRequest<ImportResult>, IAuditedRequest;

public sealed class ImportUnitsHandler(IUnitImporter importer) : IRequestHandler<ImportUnits, ImportResult>
{
    public Task<ImportResult> Handle(ImportUnits request, CancellationToken cancellationToken) =>
        importer.ImportAsync(request.Csv, cancellationToken);
}
