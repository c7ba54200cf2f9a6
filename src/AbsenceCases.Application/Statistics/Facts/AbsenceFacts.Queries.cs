using AbsenceCases.Application.Common.Memory;
using AbsenceCases.Domain.Absences;
using AbsenceCases.Domain.Calendar;

namespace AbsenceCases.Application.Statistics.Facts;

internal sealed partial class AbsenceFacts
{
    private static readonly AbsenceType[] AllTypes = Enum.GetValues<AbsenceType>();
    private static readonly LengthBand[] AllBands = Enum.GetValues<LengthBand>();

    /// <summary>The rows of the absence-rate table, periods first, then units in path order, types and bands.</summary>
    public IReadOnlyList<AbsenceRateRow> AbsenceRate(AbsenceRateSelection selection)
    {
        var months = new MonthAxis(selection.From, selection.To);
        var byMonth = selection.By(StatisticsGrouping.Month);
        var periods = Periods(selection, months, byMonth);
        var units = RowUnits(selection);
        var types = TypeRows(selection);
        var bands = BandRows(selection);
        var open = OpenPeriods(selection, months, byMonth);
        var rows = new ChunkedList<AbsenceRateRow>(1_000);
        foreach (var period in periods)
        {
            foreach (var unit in units)
            {
                var possible = Possible(unit, period);
                var possibleDays = possible / DayScale;
                var fte = period.WorkingDays == 0 ? 0 : possibleDays / period.WorkingDays;
                int? unitId = selection.By(StatisticsGrouping.Unit) ? Units.IdOf(unit) : null;
                var openAbsence = open.Absence(unit, period.Index);
                var openEnded = open.Ended(unit, period.Index);
                foreach (var type in types)
                {
                    foreach (var band in bands)
                    {
                        var (absence, ended) = Absence(unit, period, type.Cells & band.Cells, openAbsence, openEnded);
                        var absenceDays = absence / DayScale;
                        rows.Add(new AbsenceRateRow(
                            period.Label,
                            unitId,
                            type.Code,
                            band.Code,
                            possibleDays,
                            absenceDays,
                            possible == 0 ? 0 : 100.0 * absence / possible,
                            fte,
                            fte == 0 ? 0 : absenceDays / fte,
                            ended));
                    }
                }
            }
        }

        return rows;
    }

    private List<RowPeriod> Periods(AbsenceRateSelection selection, MonthAxis months, bool byMonth)
    {
        if (!byMonth)
        {
            var label = $"{selection.From}..{selection.To}";
            return [new RowPeriod(0, label, selection.From.Index, selection.To.Index, _calendar.CountWorkingDays(selection.From.FirstDay, selection.To.LastDay))];
        }

        return Enumerable.Range(0, months.Count)
            .Select(offset =>
            {
                var month = selection.From.AddMonths(offset);
                return new RowPeriod(offset, month.ToString(), month.Index, month.Index, _calendar.CountWorkingDays(month));
            })
            .ToList();
    }

    private List<int> RowUnits(AbsenceRateSelection selection)
    {
        if (!selection.By(StatisticsGrouping.Unit))
        {
            return [selection.Roots.Single()];
        }

        var units = new List<int>();
        var seen = new HashSet<int>();
        foreach (var root in selection.Roots)
        {
            foreach (var unit in Units.Subtree(root))
            {
                if (seen.Add(unit))
                {
                    units.Add(unit);
                }
            }
        }

        return units;
    }

    /// <summary>Cells are bit masks over type × band: bit (type × 3 + band).</summary>
    private static List<RowKey> TypeRows(AbsenceRateSelection selection)
    {
        if (selection.By(StatisticsGrouping.Type))
        {
            return AllTypes.Where(t => selection.Type is null || t == selection.Type).Select(t => new RowKey(t.ToCode(), TypeCells(t))).ToList();
        }

        var cells = selection.Type is { } type
            ? TypeCells(type)
            : AllTypes.Where(t => t.IsSickness()).Aggregate(0, (mask, t) => mask | TypeCells(t));
        return [new RowKey(null, cells)];
    }

    private static List<RowKey> BandRows(AbsenceRateSelection selection) =>
        selection.By(StatisticsGrouping.LengthBand)
            ? AllBands.Select(b => new RowKey(b.ToCode(), BandCells(b))).ToList()
            : [new RowKey(null, (1 << Cells) - 1)];

    private static int TypeCells(AbsenceType type) => 0b111 << ((int)type * Bands);

    private static int BandCells(LengthBand band) => 0b001_001_001 << (int)band;

    private long Possible(int unit, RowPeriod period)
    {
        long possible = 0;
        for (var month = period.FirstMonth; month <= period.LastMonth; month++)
        {
            var offset = month - _possibleAxis.First.Index;
            if (offset < 0)
            {
                continue;
            }

            possible += offset < _possibleAxis.Count
                ? _possible[(unit * _possibleAxis.Count) + offset]
                : _ongoing[unit] * _calendar.CountWorkingDays(YearMonth.FromIndex(month));
        }

        return possible;
    }

    private (long Absence, int Ended) Absence(int unit, RowPeriod period, int cells, long[]? openAbsence, int[]? openEnded)
    {
        long absence = 0;
        var ended = 0;
        for (var month = period.FirstMonth; month <= period.LastMonth; month++)
        {
            var offset = month - _absenceAxis.First.Index;
            if (offset < 0 || offset >= _absenceAxis.Count)
            {
                continue;
            }

            var start = ((unit * _absenceAxis.Count) + offset) * Cells;
            for (var cell = 0; cell < Cells; cell++)
            {
                if ((cells & (1 << cell)) != 0)
                {
                    absence += _absence[start + cell];
                    ended += _ended[start + cell];
                }
            }
        }

        for (var cell = 0; cell < Cells; cell++)
        {
            if ((cells & (1 << cell)) != 0)
            {
                absence += openAbsence?[cell] ?? 0;
                ended += openEnded?[cell] ?? 0;
            }
        }

        return (absence, ended);
    }

    /// <summary>
    /// The periods that end with an open spell, as of the selection's as-of date: the open spell runs to it,
    /// spells starting after it do not count yet, and the period's length (so its band) runs to its last day.
    /// </summary>
    private OpenPeriodSums OpenPeriods(AbsenceRateSelection selection, MonthAxis months, bool byMonth)
    {
        var sums = new OpenPeriodSums();
        var asOf = selection.AsOf.DayNumber;
        var covering = new List<int>();
        foreach (var employeeId in _withOpenSpells)
        {
            var history = _employees[employeeId];
            foreach (var chain in history.Chains())
            {
                if (!chain.IsOpen)
                {
                    continue;
                }

                var first = history.Spells[chain.Start].First;
                var end = chain.Start;
                var last = int.MinValue;
                for (; end < chain.End && history.Spells[end].First <= asOf; end++)
                {
                    last = Math.Max(last, LastDayAsOf(history.Spells[end], asOf));
                }

                if (end == chain.Start)
                {
                    continue;
                }

                var type = (int)history.Spells[chain.Start].Type;
                var band = (int)LengthBands.Of(last - first + 1);
                for (var i = chain.Start; i < end; i++)
                {
                    AddOpenAbsence(sums, history, history.Spells[i], LastDayAsOf(history.Spells[i], asOf), (type * Bands) + band, months, byMonth);
                }

                if (months.Contains(last))
                {
                    var period = byMonth ? months.OffsetOf(last) : 0;
                    foreach (var unit in UnitsCovering(history, last, covering))
                    {
                        sums.AddEnded(unit, period, (type * Bands) + band);
                    }
                }
            }
        }

        return sums;
    }

    private static int LastDayAsOf(SpellSpan spell, int asOf) => spell.IsOpen ? asOf : spell.Last;

    private void AddOpenAbsence(OpenPeriodSums sums, EmployeeHistory history, SpellSpan spell, int spellLast, int cell, MonthAxis months, bool byMonth)
    {
        foreach (var employment in history.Employments)
        {
            var perDay = (long)employment.Weight * spell.Percent;
            foreach (var (month, workingDays) in months.WorkingDays(Math.Max(spell.First, employment.From), Math.Min(spellLast, employment.To), _calendar))
            {
                var amount = perDay * workingDays;
                if (amount != 0)
                {
                    foreach (var unit in Units.AncestorsOf(employment.UnitIndex))
                    {
                        sums.AddAbsence(unit, byMonth ? month : 0, cell, amount);
                    }
                }
            }
        }
    }

    private sealed record RowPeriod(int Index, string Label, int FirstMonth, int LastMonth, int WorkingDays);

    private sealed record RowKey(string? Code, int Cells);

    /// <summary>The open periods' absence and ended counts by unit (summed over subtrees) and row period.</summary>
    private sealed class OpenPeriodSums
    {
        private readonly Dictionary<long, long[]> _absence = [];
        private readonly Dictionary<long, int[]> _ended = [];

        public long[]? Absence(int unit, int period) => _absence.GetValueOrDefault(Key(unit, period));

        public int[]? Ended(int unit, int period) => _ended.GetValueOrDefault(Key(unit, period));

        public void AddAbsence(int unit, int period, int cell, long amount)
        {
            var key = Key(unit, period);
            if (!_absence.TryGetValue(key, out var cells))
            {
                _absence[key] = cells = new long[Cells];
            }

            cells[cell] += amount;
        }

        public void AddEnded(int unit, int period, int cell)
        {
            var key = Key(unit, period);
            if (!_ended.TryGetValue(key, out var cells))
            {
                _ended[key] = cells = new int[Cells];
            }

            cells[cell]++;
        }

        private static long Key(int unit, int period) => ((long)unit << 32) | (uint)period;
    }
}
