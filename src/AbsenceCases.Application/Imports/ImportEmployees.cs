namespace AbsenceCases.Application.Imports;

/// <summary>
/// Imports employees.csv, one row per employment, upserting employees by number. The file is authoritative
/// for the employees it names: their employments become exactly the file's rows.
/// </summary>
[Authorize(Roles.Hr)]
public sealed record ImportEmployees(Stream Csv) : IRequest<ImportResult>, IAuditedRequest;

public sealed class ImportEmployeesHandler(IEmployeeImporter importer) : IRequestHandler<ImportEmployees, ImportResult>
{
    public Task<ImportResult> Handle(ImportEmployees request, CancellationToken cancellationToken) =>
        importer.ImportAsync(request.Csv, cancellationToken);
}
