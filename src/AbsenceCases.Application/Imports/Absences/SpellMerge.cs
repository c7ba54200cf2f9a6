using AbsenceCases.Domain.Absences;

namespace AbsenceCases.Application.Imports.Absences;

/// <summary>
/// Merges the sorted spells of a file with the sorted stored spells: a file spell with the key of a stored
/// one updates it or leaves it unchanged, others are new. Spells of one employee and type must not overlap,
/// neither in the file nor with the stored spells the file does not name.
/// </summary>
public static class SpellMerge
{
    /// <summary>The rows to insert and to update, by their index in the sorted rows; and how many are unchanged.</summary>
    public sealed record MergePlan(List<int> Inserts, List<(int Id, int Row)> Updates, int Unchanged);

    public static MergePlan Plan(SpellRow[] rows, List<StoredSpell> stored, ImportErrors errors)
    {
        var inserts = new List<int>();
        var updates = new List<(int, int)>();
        var unchanged = 0;
        var timeline = new Timeline(errors);
        int r = 0, s = 0;
        while (r < rows.Length || s < stored.Count)
        {
            var order = r == rows.Length ? 1 : s == stored.Count ? -1 : rows[r].Order.CompareTo(stored[s].Order);
            if (order < 0)
            {
                timeline.Add(rows[r]);
                inserts.Add(r++);
            }
            else if (order > 0)
            {
                timeline.Add(stored[s++]);
            }
            else
            {
                var row = rows[r];
                var existing = stored[s++];
                timeline.Add(row);
                if (existing.Spell.LastDay == row.Spell.LastDay && existing.Spell.Percent == row.Spell.Percent)
                {
                    unchanged++;
                }
                else
                {
                    updates.Add((existing.Id, r));
                }

                r++;
            }
        }

        return new MergePlan(inserts, updates, unchanged);
    }

    /// <summary>
    /// Walks the spells of each employee and type in order of first day, remembering the one that reaches
    /// furthest, and reports a file row that overlaps it. Overlaps among stored spells are not the file's fault.
    /// </summary>
    private sealed class Timeline(ImportErrors errors)
    {
        private (int EmployeeId, AbsenceType Type)? _group;
        private Reach? _furthest;

        public void Add(SpellRow row)
        {
            if (OverlapsFurthest(row.EmployeeId, row.Spell.Type, row.Spell.FirstDay) is { } furthest)
            {
                if (furthest.Line is { } line)
                {
                    errors.Add(row.Line, "first_day", ImportCodes.OverlapsSpell, ("line", line));
                }
                else
                {
                    errors.Add(row.Line, "first_day", ImportCodes.OverlapsStoredSpell, ("from", furthest.FirstDay));
                }
            }

            Extend(new Reach(row.Spell.FirstDay, row.Spell.LastDay, row.Line));
        }

        public void Add(StoredSpell spell)
        {
            if (OverlapsFurthest(spell.EmployeeId, spell.Spell.Type, spell.Spell.FirstDay) is { Line: { } line })
            {
                errors.Add(line, "last_day", ImportCodes.OverlapsStoredSpell, ("from", spell.Spell.FirstDay));
            }

            Extend(new Reach(spell.Spell.FirstDay, spell.Spell.LastDay, Line: null));
        }

        private Reach? OverlapsFurthest(int employeeId, AbsenceType type, DateOnly firstDay)
        {
            if (_group != (employeeId, type))
            {
                _group = (employeeId, type);
                _furthest = null;
            }

            return _furthest is { } furthest && (furthest.LastDay is null || furthest.LastDay >= firstDay) ? furthest : null;
        }

        private void Extend(Reach reach)
        {
            if (_furthest is not { } furthest || (furthest.LastDay is not null && (reach.LastDay is null || reach.LastDay > furthest.LastDay)))
            {
                _furthest = reach;
            }
        }

        private readonly record struct Reach(DateOnly FirstDay, DateOnly? LastDay, int? Line);
    }
}
