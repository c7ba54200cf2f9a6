using System.Text.RegularExpressions;
using AbsenceCases.Domain.Organisation;

namespace AbsenceCases.Application.Imports.Units;

/// <summary>
/// The rules of units.csv: a code of letters, digits, '-' and '_' on one line only, and a parent of a higher kind
/// (municipality → area → workplace → team), stored or in the file; rows are matched with stored units by code.
/// </summary>
public sealed partial class UnitImportRules(ImportErrors errors)
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The code of the row on this line, or null (with the reason) when it is malformed or an earlier line has it.</summary>
    public string? Code(int line, string? code)
    {
        if (code is not null && !CodePattern().IsMatch(code))
        {
            errors.Add(line, "unit_code", ImportCodes.UnitCodeCharacters);
            return null;
        }

        if (code is not null && !_lines.TryAdd(code, line))
        {
            errors.Add(line, "unit_code", ImportCodes.CodeTwice, ("line", _lines[code]));
            return null;
        }

        return code;
    }

    public void CheckParents(IReadOnlyList<UnitRow> rows, IEnumerable<OrganisationUnit> stored)
    {
        var kinds = stored.ToDictionary(u => u.Code, u => u.Kind, StringComparer.OrdinalIgnoreCase);
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

    /// <summary>
    /// Adds the rows' new units to <paramref name="units"/> (by code) and through <paramref name="add"/>, updates the
    /// changed ones and refreshes every path; the rows must have passed <see cref="CheckParents"/>.
    /// </summary>
    public static ImportResult Apply(IReadOnlyList<UnitRow> rows, Dictionary<string, OrganisationUnit> units, Action<OrganisationUnit> add)
    {
        int imported = 0, updated = 0, unchanged = 0;
        foreach (var row in rows.OrderBy(r => r.Kind))
        {
            var parent = row.ParentCode is null ? null : units[row.ParentCode];
            if (!units.TryGetValue(row.Code, out var unit))
            {
                units[row.Code] = unit = new OrganisationUnit(row.Code, row.Name, row.Kind, parent, row.IsPilot);
                add(unit);
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

        return new ImportResult(imported, updated, unchanged);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex CodePattern();
}
