using AbsenceCases.Application.Common.Validation;
using AbsenceCases.Application.Imports;
using AbsenceCases.Application.Imports.Units;

namespace AbsenceCases.Infrastructure.Imports;

/// <summary>Reads units.csv and saves what <see cref="UnitImportRules"/> decides.</summary>
internal sealed class UnitImporter(ApplicationDbContext db) : IUnitImporter
{
    private static readonly string[] Columns = ["unit_code", "name", "kind", "parent_code", "is_pilot"];

    public async Task<ImportResult> ImportAsync(Stream csv, CancellationToken cancellationToken)
    {
        var errors = new ImportErrors();
        var rules = new UnitImportRules(errors);
        var rows = await ReadRows(csv, rules, errors, cancellationToken);
        var units = await db.Units.ToDictionaryAsync(u => u.Code, StringComparer.OrdinalIgnoreCase, cancellationToken);
        rules.CheckParents(rows, units.Values);
        errors.ThrowIfAny();

        var result = UnitImportRules.Apply(rows, units, unit => db.Units.Add(unit));
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    private static async Task<List<UnitRow>> ReadRows(Stream csv, UnitImportRules rules, ImportErrors errors, CancellationToken cancellationToken)
    {
        var rows = new List<UnitRow>();
        await foreach (var row in new CsvSource(csv, Columns, errors).RowsAsync(cancellationToken))
        {
            var code = rules.Code(row.Line, row.Text("unit_code", TextLimits.Code, required: true));
            var name = row.Text("name", TextLimits.Name, required: true);
            var kind = Kind(row);
            var parentCode = row.Text("parent_code", TextLimits.Code, required: false);
            var isPilot = row.Flag("is_pilot");
            if (code is not null && name is not null && kind is not null && isPilot is not null)
            {
                rows.Add(new UnitRow(row.Line, code, name, kind.Value, parentCode, isPilot.Value));
            }
        }

        return rows;
    }

    private static UnitKind? Kind(CsvRow row)
    {
        var value = row.Raw("kind");
        return Enum.TryParse<UnitKind>(value, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(value, out _)
            ? kind
            : row.Refuse<UnitKind>("kind", value, ImportCodes.NotOneOf, ("values", Enum.GetNames<UnitKind>().Select(name => name.ToLowerInvariant()).ToList()));
    }
}
