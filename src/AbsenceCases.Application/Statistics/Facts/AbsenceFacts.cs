using System.Collections.Concurrent;
using System.Numerics;
using System.Runtime.CompilerServices;
using AbsenceCases.Domain.Absences;
using AbsenceCases.Domain.Calendar;

namespace AbsenceCases.Application.Statistics.Facts;

/// <summary>
/// Precomputed facts for the absence statistics (DESIGN.md section 4), summed over each unit's subtree:
/// possible days per unit and month, and absence days and ended periods per unit, month, absence type and
/// length band for every absence period that is closed. Periods still open depend on the as-of date of a
/// query and are worked out per query (<see cref="AbsenceRate"/>). Values are exact integers in
/// ten-thousandths of an hour × percent; <see cref="DayScale"/> of them make one full-time day.
/// An employee's facts can be taken out and put back when their employments or spells change.
/// The build runs once per start, on the first statistics request, through a million spells: its hot methods are
/// compiled optimized at once (<see cref="MethodImplOptions.AggressiveOptimization"/>) instead of running as unoptimized
/// tier-0 code until the runtime gets round to recompiling them, which cost the build more than half its time; and it
/// adds the employees up on every processor at once, each amount added to the sums atomically.
/// </summary>
internal sealed partial class AbsenceFacts
{
    public const int Types = 3;
    public const int Bands = 3;
    public const int Cells = Types * Bands;

    /// <summary>One day of a 37-hour employment absent 100 %.</summary>
    public const double DayScale = 37.0 * EmployeeHistory.WeightPerHour * 100;

    public static readonly YearMonth MinMonth = new(2000, 1);
    public static readonly YearMonth MaxMonth = new(2099, 12);

    private const int PossiblePaddingMonths = 24;
    private const int AbsencePaddingMonths = 13;

    private static readonly int MinDay = MinMonth.FirstDay.DayNumber;
    private static readonly int MaxDay = MaxMonth.LastDay.DayNumber;

    private readonly WorkingDayCalendar _calendar;
    private readonly Dictionary<int, EmployeeHistory> _employees;
    private readonly HashSet<int> _withOpenSpells = [];
    private readonly MonthAxis _possibleAxis;
    private readonly MonthAxis _absenceAxis;

    /// <summary>[unit, month]: weight × 100 × working days of every employment in the subtree.</summary>
    private readonly long[] _possible;

    /// <summary>[unit]: weight × 100 of the ongoing employments in the subtree, per working day after the possible axis.</summary>
    private readonly long[] _ongoing;

    /// <summary>[unit, month, type, band]: weight × percent × working days of the closed periods in the subtree.</summary>
    private readonly long[] _absence;

    /// <summary>[unit, month, type, band]: closed periods ending in the month, once per unit whose subtree holds an employment covering the last day.</summary>
    private readonly int[] _ended;

    /// <summary>
    /// False while building: the days and ended periods are added to the lowest units only and summed up into
    /// their ancestors once at the end (<see cref="SumUpSubtrees"/>), which spares the build most of its memory
    /// traffic; afterwards every change is added to all ancestors.
    /// </summary>
    private bool _summedUp;

    /// <summary>
    /// While building: [unit, month] how much the amount per working day of the employments covering the whole month
    /// changes from the month before, so that an employment of many years adds to two months here instead of to each
    /// (<see cref="AddWholeMonths"/>).
    /// </summary>
    private long[]? _wholeMonthRates;

    private AbsenceFacts(
        UnitTree units, Dictionary<int, EmployeeHistory> employees, MonthAxis possibleAxis, MonthAxis absenceAxis, WorkingDayCalendar calendar)
    {
        Units = units;
        _employees = employees;
        _possibleAxis = possibleAxis;
        _absenceAxis = absenceAxis;
        _calendar = calendar;
        _possible = new long[units.Count * possibleAxis.Count];
        _ongoing = new long[units.Count];
        _absence = new long[units.Count * absenceAxis.Count * Cells];
        _ended = new int[units.Count * absenceAxis.Count * Cells];
    }

    public UnitTree Units { get; }

    public static AbsenceFacts Build(StatisticsData data, WorkingDayCalendar calendar, DateOnly today)
    {
        var units = new UnitTree(data.Units);
        var employees = EmployeeHistories.Group(data, units, out _);
        var (possibleAxis, absenceAxis) = Axes(employees.Values, today);
        var facts = new AbsenceFacts(units, employees, possibleAxis, absenceAxis, calendar);
        facts._wholeMonthRates = new long[units.Count * possibleAxis.Count];
        facts.AddInParallel([.. employees.Values]);
        facts.AddWholeMonths(facts._wholeMonthRates);
        facts._wholeMonthRates = null;
        foreach (var (employeeId, history) in employees)
        {
            if (history.HasOpenSpell)
            {
                facts._withOpenSpells.Add(employeeId);
            }
        }

        facts.SumUpSubtrees();
        return facts;
    }

    /// <summary>How many employees, employments and spells the facts hold.</summary>
    public (int Employees, int Employments, int Spells) Counts() =>
        (_employees.Count, _employees.Values.Sum(h => h.Employments.Length), _employees.Values.Sum(h => h.Spells.Length));

    /// <summary>
    /// Replaces the facts of some employees with their newly loaded data. False, changing nothing, when the
    /// data reaches outside the months or units these facts were built for: then build anew.
    /// </summary>
    public bool TryReplace(IReadOnlyCollection<int> employeeIds, StatisticsData data)
    {
        var replacements = EmployeeHistories.Group(data, Units, out var unknownUnits);
        if (unknownUnits || replacements.Values.Any(h => !Fits(h)))
        {
            return false;
        }

        var covering = new List<int>();
        foreach (var employeeId in employeeIds)
        {
            if (_employees.Remove(employeeId, out var old))
            {
                Add(old, -1, covering);
            }

            _withOpenSpells.Remove(employeeId);
            if (replacements.TryGetValue(employeeId, out var history))
            {
                Add(history, +1, covering);
                _employees[employeeId] = history;
                if (history.HasOpenSpell)
                {
                    _withOpenSpells.Add(employeeId);
                }
            }
        }

        return true;
    }

    /// <summary>
    /// The months the arrays hold: every month with data, and room around today for the sick calls and
    /// returns to come, inside the months a query may ask for.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (MonthAxis Possible, MonthAxis Absence) Axes(IEnumerable<EmployeeHistory> employees, DateOnly today)
    {
        int employedFrom = int.MaxValue, employedTo = int.MinValue, absentFrom = int.MaxValue, absentTo = int.MinValue;
        foreach (var history in employees)
        {
            foreach (var employment in history.Employments)
            {
                employedFrom = Math.Min(employedFrom, employment.From);
                employedTo = Math.Max(employedTo, employment.To == EmployeeHistory.Open ? employment.From : employment.To);
            }

            foreach (var spell in history.Spells)
            {
                if (!spell.IsOpen)
                {
                    absentFrom = Math.Min(absentFrom, spell.First);
                    absentTo = Math.Max(absentTo, spell.Last);
                }
            }
        }

        var now = Clamp(YearMonth.Of(today));
        YearMonth possibleFirst = now, possibleLast = now, absenceFirst = now.AddMonths(-AbsencePaddingMonths), absenceLast = now;
        if (employedFrom != int.MaxValue)
        {
            possibleFirst = Min(possibleFirst, MonthOf(employedFrom));
            possibleLast = Max(possibleLast, MonthOf(employedTo));
        }

        if (absentFrom != int.MaxValue)
        {
            absenceFirst = Min(absenceFirst, MonthOf(absentFrom));
            absenceLast = Max(absenceLast, MonthOf(absentTo));
        }

        return (
            new MonthAxis(Clamp(possibleFirst), Clamp(possibleLast.AddMonths(PossiblePaddingMonths))),
            new MonthAxis(Clamp(absenceFirst), Clamp(absenceLast.AddMonths(AbsencePaddingMonths))));
    }

    private static YearMonth MonthOf(int dayNumber) => YearMonth.Of(DateOnly.FromDayNumber(Math.Clamp(dayNumber, MinDay, MaxDay)));

    private static YearMonth Clamp(YearMonth month) => month < MinMonth ? MinMonth : month > MaxMonth ? MaxMonth : month;

    private static YearMonth Min(YearMonth a, YearMonth b) => a < b ? a : b;

    private static YearMonth Max(YearMonth a, YearMonth b) => a > b ? a : b;

    /// <summary>Whether every day the history adds to lies on the axes, or outside the months any query may ask for.</summary>
    private bool Fits(EmployeeHistory history) =>
        history.Employments.All(e => SpanFits(_possibleAxis, e.From, e.To))
        && history.Spells.All(s => s.IsOpen || SpanFits(_absenceAxis, s.First, s.Last));

    private static bool SpanFits(MonthAxis axis, int from, int to)
    {
        var first = Math.Max(from, MinDay);
        var last = Math.Min(to, MaxDay);
        return first > last || (axis.Contains(first) && (to == EmployeeHistory.Open || axis.Contains(last)));
    }

    private void AddInParallel(EmployeeHistory[] histories)
    {
        // The partitioner refuses an empty range: an installation without employees yet has nothing to add.
        if (histories.Length == 0)
        {
            return;
        }

        Parallel.ForEach(
            Partitioner.Create(0, histories.Length, 1_000),
            () => new List<int>(),
            [MethodImpl(MethodImplOptions.AggressiveOptimization)] (range, _, covering) =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    Add(histories[i], +1, covering);
                }

                return covering;
            },
            _ => { });
    }

    /// <param name="covering">A list for the units covering a day, one for each thread.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Add(EmployeeHistory history, int sign, List<int> covering)
    {
        foreach (var employment in history.Employments)
        {
            AddPossible(employment, sign);
        }

        for (var start = 0; start < history.Spells.Length;)
        {
            var chain = history.ChainAt(start);
            start = chain.End;
            if (chain.IsOpen)
            {
                continue;
            }

            var band = (int)LengthBands.Of(chain.Last - history.Spells[chain.Start].First + 1);
            for (var i = chain.Start; i < chain.End; i++)
            {
                AddAbsence(history, history.Spells[i], band, sign);
            }

            AddEnded(history, (int)history.Spells[chain.Start].Type, band, chain.Last, sign, covering);
        }
    }

    /// <summary>The units whose sums an amount of an employment in the unit goes to: all its ancestors, or while building only itself.</summary>
    private ReadOnlySpan<int> SumsOf(int unitIndex) => _summedUp ? Units.AncestorsOf(unitIndex) : Units.AncestorsOf(unitIndex)[..1];

    /// <summary>Adds each unit's own sums to every ancestor of the unit.</summary>
    private void SumUpSubtrees()
    {
        Parallel.Invoke(
            () => SumUp(_possible, _possibleAxis.Count),
            () => SumUp(_ongoing, 1),
            () => SumUp(_absence, _absenceAxis.Count * Cells),
            () => SumUp(_ended, _absenceAxis.Count * Cells));
        _summedUp = true;
    }

    /// <summary>From the deepest units up, each unit's sums, by then those of its whole subtree, are added to its parent's.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SumUp<T>(T[] sums, int rowLength)
        where T : struct, INumber<T>
    {
        foreach (var unit in Units.DeepestFirst)
        {
            var row = sums.AsSpan(unit * rowLength, rowLength);
            var target = sums.AsSpan(Units.Parent[unit] * rowLength, rowLength);
            for (var i = 0; i < row.Length; i++)
            {
                target[i] += row[i];
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddPossible(EmploymentSpan employment, int sign)
    {
        var ancestors = SumsOf(employment.UnitIndex);
        var perDay = sign * employment.Weight * 100L;
        if (employment.To == EmployeeHistory.Open)
        {
            foreach (var unit in ancestors)
            {
                Interlocked.Add(ref _ongoing[unit], perDay);
            }
        }

        var first = Math.Max(employment.From, _possibleAxis.FirstDay);
        var last = Math.Min(employment.To, _possibleAxis.LastDay);
        var head = first <= last ? _possibleAxis.OffsetOf(first) : 0;
        var tail = first <= last ? _possibleAxis.OffsetOf(last) : 0;
        if (_wholeMonthRates is { } rates && tail - head > 1)
        {
            var row = employment.UnitIndex * _possibleAxis.Count;
            Interlocked.Add(ref rates[row + head + 1], perDay);
            Interlocked.Add(ref rates[row + tail], -perDay);
            AddPossibleDays(ancestors, first, _possibleAxis.LastDayOf(head), perDay);
            AddPossibleDays(ancestors, _possibleAxis.FirstDayOf(tail), last, perDay);
        }
        else
        {
            AddPossibleDays(ancestors, first, last, perDay);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddPossibleDays(ReadOnlySpan<int> ancestors, int first, int last, long perDay)
    {
        foreach (var (month, workingDays) in _possibleAxis.WorkingDays(first, last, _calendar))
        {
            var amount = perDay * workingDays;
            if (amount != 0)
            {
                foreach (var unit in ancestors)
                {
                    Interlocked.Add(ref _possible[(unit * _possibleAxis.Count) + month], amount);
                }
            }
        }
    }

    /// <summary>Adds to each unit's months the amount per working day of the employments covering them whole, times their working days.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddWholeMonths(long[] rates)
    {
        var months = _possibleAxis.Count;
        var workingDays = new int[months];
        for (var month = 0; month < months; month++)
        {
            workingDays[month] = _calendar.CountWorkingDays(_possibleAxis.FirstDayOf(month), _possibleAxis.LastDayOf(month));
        }

        for (var unit = 0; unit < Units.Count; unit++)
        {
            var perDay = 0L;
            for (var month = 0; month < months; month++)
            {
                perDay += rates[(unit * months) + month];
                _possible[(unit * months) + month] += perDay * workingDays[month];
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddAbsence(EmployeeHistory history, SpellSpan spell, int band, int sign)
    {
        var cell = ((int)spell.Type * Bands) + band;
        foreach (var employment in history.Employments)
        {
            var ancestors = SumsOf(employment.UnitIndex);
            var perDay = (long)sign * employment.Weight * spell.Percent;
            foreach (var (month, workingDays) in _absenceAxis.WorkingDays(Math.Max(spell.First, employment.From), Math.Min(spell.Last, employment.To), _calendar))
            {
                var amount = perDay * workingDays;
                if (amount != 0)
                {
                    foreach (var unit in ancestors)
                    {
                        Interlocked.Add(ref _absence[(((unit * _absenceAxis.Count) + month) * Cells) + cell], amount);
                    }
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddEnded(EmployeeHistory history, int type, int band, int lastDay, int sign, List<int> covering)
    {
        if (!_absenceAxis.Contains(lastDay))
        {
            return;
        }

        var month = _absenceAxis.OffsetOf(lastDay);
        var units = UnitsCovering(history, lastDay, covering);
        foreach (var unit in units)
        {
            var count = _summedUp ? 1 : 1 - ChildrenAmong(unit, units);
            if (count != 0)
            {
                Interlocked.Add(ref _ended[(((unit * _absenceAxis.Count) + month) * Cells) + (type * Bands) + band], sign * count);
            }
        }
    }

    /// <summary>
    /// While building, a unit counts a period once less for each of its children that counts it: summed up, every
    /// unit whose subtree holds a covering employment then counts it once, also where several employments' chains of
    /// ancestors meet; with one covering employment only its own unit counts it before summing up.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int ChildrenAmong(int unit, List<int> units)
    {
        var children = 0;
        foreach (var other in units)
        {
            if (Units.Parent[other] == unit)
            {
                children++;
            }
        }

        return children;
    }

    /// <summary>Each unit once whose subtree holds an employment of the employee covering the day.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<int> UnitsCovering(EmployeeHistory history, int day, List<int> units)
    {
        units.Clear();
        foreach (var employment in history.Employments)
        {
            if (!employment.Covers(day))
            {
                continue;
            }

            foreach (var unit in Units.AncestorsOf(employment.UnitIndex))
            {
                if (!units.Contains(unit))
                {
                    units.Add(unit);
                }
            }
        }

        return units;
    }
}
