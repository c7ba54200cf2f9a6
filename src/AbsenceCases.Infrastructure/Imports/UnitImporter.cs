using System.Text.RegularExpressions;
using AbsenceCases.Application.Common.Validation;
using AbsenceCases.Application.Imports;
using AbsenceCases.Domain.Organisation;
using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Infrastructure.Imports;

/// <summary>Imports units.csv; a unit's parent must be of a higher kind (municipality → area → workplace → team).</summary>
internal sealed partial class UnitImporter(ApplicationDbContext db) : IUnitImporter
{
    private static readonly string[] Columns = ["unit_code", "name", "kind", "parent_code", "is_pilot"];

    public async Task<ImportResult> ImportAsync(Stream csv, CancellationToken cancellationToken)
    {
        var errors = new ImportErrors();
        var rows = await ReadRows(csv, errors, cancellationToken);
        var units = await db.Units.ToDictionaryAsync(u => u.Code, StringComparer.OrdinalIgnoreCase, cancellationToken);
        CheckParents(rows, units, errors);
        errors.ThrowIfAny();

        int imported = 0, updated = 0, unchanged = 0;
        foreach (var row in rows.OrderBy(r => r.Kind))
        {
            var parent = row.ParentCode is null ? null : units[row.ParentCode];
            if (!units.TryGetValue(row.Code, out var unit))
            {
                units[row.Code] = unit = new OrganisationUnit(row.Code, row.Name, row.Kind, parent, row.IsPilot);
                db.Units.Add(unit);
                imported++;
            }
            else if (unit.Matches(row.Name, row.Kind, parent?.Code, row.IsPilot))
            {
                unchanged++;
            }
            else
            {
                unit.Update(row.Name, row.Kind, parent, row.IsPilot);
                updated++;
            }
        }

        foreach (var unit in units.Values.OrderBy(u => u.Kind))
        {
            unit.RefreshPath();
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ImportResult(imported, updated, unchanged);
    }

    private static async Task<List<UnitRow>> ReadRows(Stream csv, ImportErrors errors, CancellationToken cancellationToken)
    {
        var rows = new List<UnitRow>();
        var lines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        await foreach (var row in new CsvSource(csv, Columns, errors).RowsAsync(cancellationToken))
        {
            var code = row.Text("unit_code", TextLimits.Code, required: true);
            if (code is not null && !CodePattern().IsMatch(code))
            {
                row.Error("unit_code", ImportCodes.UnitCodeCharacters);
                code = null;
            }
            else if (code is not null && !lines.TryAdd(code, row.Line))
            {
                row.Error("unit_code", ImportCodes.CodeTwice, ("line", lines[code]));
                code = null;
            }

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
        if (Enum.TryParse<UnitKind>(value, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(value, out _))
        {
            return kind;
        }

        if (value.Length == 0)
        {
            row.Error("kind", FieldCodes.Required);
        }
        else
        {
            row.Error("kind", ImportCodes.NotOneOf, ("value", value), ("values", Enum.GetNames<UnitKind>().Select(name => name.ToLowerInvariant()).ToList()));
        }

        return null;
    }

    private static void CheckParents(List<UnitRow> rows, Dictionary<string, OrganisationUnit> existing, ImportErrors errors)
    {
        var kinds = existing.Values.ToDictionary(u => u.Code, u => u.Kind, StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            kinds[row.Code] = row.Kind;
        }

        foreach (var row in rows)
        {
            if (row.ParentCode is null)
            {
                if (row.Kind != UnitKind.Municipality)
                {
                    errors.Add(row.Line, "parent_code", ImportCodes.ParentRequired, ("kind", row.Kind));
                }
            }
            else if (!kinds.TryGetValue(row.ParentCode, out var parentKind))
            {
                errors.Add(row.Line, "parent_code", ImportCodes.UnknownUnit, ("value", row.ParentCode));
            }
            else if (parentKind >= row.Kind)
            {
                errors.Add(row.Line, "parent_code", ImportCodes.ParentKind, ("kind", row.Kind), ("parent", parentKind));
            }
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex CodePattern();

    private sealed record UnitRow(int Line, string Code, string Name, UnitKind Kind, string? ParentCode, bool IsPilot);
}
