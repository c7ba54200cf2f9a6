using AbsenceCases.Application.Imports;
using AbsenceCases.Domain.Wellbeing;

namespace AbsenceCases.Application.Measurements;

/// <summary>
/// Imports a measurement's results, POST /api/measurements/{id}/results: the file replaces the stored results whole
/// (rows it no longer holds are deleted), or is rejected whole with every bad line; the same file again changes nothing.
/// Once published, the results can only be imported unchanged.
/// </summary>
[Authorize(Roles.Hr)]
public sealed record ImportMeasurementResults(int MeasurementId, Stream Csv) : IRequest<ImportResult>, IAuditedRequest;

/// <summary>Reads a results file by <see cref="ResultImportRules"/>; throws <see cref="ImportFailedException"/> for a bad file.</summary>
public interface IResultFileReader
{
    Task<IReadOnlyList<ResultFigures>> ReadAsync(Stream csv, CancellationToken cancellationToken);
}

public sealed class ImportMeasurementResultsHandler(IApplicationDbContext db, IResultFileReader reader, MunicipalClock clock)
    : IRequestHandler<ImportMeasurementResults, ImportResult>
{
    public async Task<ImportResult> Handle(ImportMeasurementResults command, CancellationToken cancellationToken)
    {
        var measurement = await StoredMeasurements.FindAsync(db.Measurements.Include(m => m.Results), command.MeasurementId, cancellationToken);
        var figures = await reader.ReadAsync(command.Csv, cancellationToken);
        var changes = measurement.ReplaceResults(figures, clock.Today);
        await db.SaveChangesAsync(cancellationToken);
        return new ImportResult(changes.Added, changes.Changed, changes.Unchanged);
    }
}
