using System.Globalization;
using AbsenceCases.Application.Common.Validation;
using AbsenceCases.Application.Imports;
using AbsenceCases.Application.Measurements;
using AbsenceCases.Domain.Wellbeing;

namespace AbsenceCases.Infrastructure.Imports;

/// <summary>Reads a measurement's results file and checks it by <see cref="ResultImportRules"/> against the stored units.</summary>
internal sealed class ResultFileReader(ApplicationDbContext db) : IResultFileReader
{
    public async Task<IReadOnlyList<ResultFigures>> ReadAsync(Stream csv, CancellationToken cancellationToken)
    {
        var errors = new ImportErrors();
        var unitIds = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var rules = new ResultImportRules(errors, unitIds);
        var figures = new List<ResultFigures>();
        await foreach (var row in new CsvSource(csv, ResultImportRules.Columns, errors).RowsAsync(cancellationToken))
        {
            var result = rules.Row(
                row.Line,
                row.Text("unit_code", TextLimits.Code, required: true),
                row.Text("dimension", TextLimits.Dimension, required: true),
                row.Decimal("score"),
                row.Count("respondents"),
                row.Count("invited"));
            if (result is not null)
            {
                figures.Add(result);
            }
        }

        errors.ThrowIfAny();
        return figures;
    }
}
