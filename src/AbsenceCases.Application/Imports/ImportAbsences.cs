namespace AbsenceCases.Application.Imports;

/// <summary>Imports absences.csv, upserting spells by employee, absence type and first day; large files stream.</summary>
[Authorize(Roles.Hr)]
public sealed record ImportAbsences(Stream Csv) : IRequest<ImportResult>, IAuditedRequest;

public sealed class ImportAbsencesHandler(IAbsenceImporter importer) : IRequestHandler<ImportAbsences, ImportResult>
{
    public Task<ImportResult> Handle(ImportAbsences request, CancellationToken cancellationToken) =>
        importer.ImportAsync(request.Csv, cancellationToken);
}
