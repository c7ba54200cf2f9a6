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

    private readonly List<int> _scratch = [];

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
        var employees = Histories(data, units, out _);
        var (possibleAxis, absenceAxis) = Axes(employees.Values, today);
        var facts = new AbsenceFacts(units, employees, possibleAxis, absenceAxis, calendar);
        foreach (var (employeeId, history) in employees)
        {
            facts.Add(history, +1);
            if (history.HasOpenSpell)
            {
                facts._withOpenSpells.Add(employeeId);
            }
        }

        return facts;
    }

    /// <summary>
    /// Replaces the facts of some employees with their newly loaded data. False, changing nothing, when the
    /// data reaches outside the months or units these facts were built for: then build anew.
    /// </summary>
    public bool TryReplace(IReadOnlyCollection<int> employeeIds, StatisticsData data)
    {
        var replacements = Histories(data, Units, out var unknownUnits);
        if (unknownUnits || replacements.Values.Any(h => !Fits(h)))
        {
            return false;
        }

        foreach (var employeeId in employeeIds)
        {
            if (_employees.Remove(employeeId, out var old))
            {
                Add(old, -1);
            }

            _withOpenSpells.Remove(employeeId);
            if (replacements.TryGetValue(employeeId, out var history))
            {
                Add(history, +1);
                _employees[employeeId] = history;
                if (history.HasOpenSpell)
                {
                    _withOpenSpells.Add(employeeId);
                }
            }
        }

        return true;
    }

    private static Dictionary<int, EmployeeHistory> Histories(StatisticsData data, UnitTree units, out bool unknownUnits)
    {
        data.Employments.Sort((a, b) => a.EmployeeId.CompareTo(b.EmployeeId));
        data.Spells.Sort(static (a, b) =>
        {
            var order = a.EmployeeId.CompareTo(b.EmployeeId);
            if (order == 0)
            {
                order = ((int)a.Type).CompareTo((int)b.Type);
            }

            return order != 0 ? order : a.FirstDay.CompareTo(b.FirstDay);
        });

        unknownUnits = false;
        var histories = new Dictionary<int, EmployeeHistory>();
        int e = 0, s = 0;
        var employments = new List<EmploymentSpan>();
        var spells = new List<SpellSpan>();
        while (e < data.Employments.Count || s < data.Spells.Count)
        {
            var employeeId = Math.Min(
                e < data.Employments.Count ? data.Employments[e].EmployeeId : int.MaxValue,
                s < data.Spells.Count ? data.Spells[s].EmployeeId : int.MaxValue);
            employments.Clear();
            spells.Clear();
            for (; e < data.Employments.Count && data.Employments[e].EmployeeId == employeeId; e++)
            {
                var employment = data.Employments[e];
                if (units.IndexOf(employment.UnitId) is not { } unit)
                {
                    unknownUnits = true;
                    continue;
                }

                employments.Add(new EmploymentSpan(
                    unit,
                    EmployeeHistory.WeightOf(employment.WeeklyHours),
                    employment.From.DayNumber,
                    employment.To?.DayNumber ?? EmployeeHistory.Open));
            }

            for (; s < data.Spells.Count && data.Spells[s].EmployeeId == employeeId; s++)
            {
                var spell = data.Spells[s];
                spells.Add(new SpellSpan(spell.Type, spell.Percent, spell.FirstDay.DayNumber, spell.LastDay?.DayNumber ?? EmployeeHistory.Open));
            }

            histories[employeeId] = new EmployeeHistory([.. employments], [.. spells]);
        }

        return histories;
    }

    /// <summary>
    /// The months the arrays hold: every month with data, and room around today for the sick calls and
    /// returns to come, inside the months a query may ask for.
    /// </summary>
    private static (MonthAxis Possible, MonthAxis Absence) Axes(IEnumerable<EmployeeHistory> employees, DateOnly today)
    {
        var now = Clamp(YearMonth.Of(today));
        YearMonth possibleFirst = now, possibleLast = now, absenceFirst = now.AddMonths(-AbsencePaddingMonths), absenceLast = now;
        foreach (var history in employees)
        {
            foreach (var employment in history.Employments)
            {
                possibleFirst = Min(possibleFirst, MonthOf(employment.From));
                possibleLast = Max(possibleLast, MonthOf(employment.To == EmployeeHistory.Open ? employment.From : employment.To));
            }

            foreach (var spell in history.Spells.Where(s => !s.IsOpen))
            {
                absenceFirst = Min(absenceFirst, MonthOf(spell.First));
                absenceLast = Max(absenceLast, MonthOf(spell.Last));
            }
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

    private void Add(EmployeeHistory history, int sign)
    {
        foreach (var employment in history.Employments)
        {
            AddPossible(employment, sign);
        }

        foreach (var chain in history.Chains())
        {
            if (chain.IsOpen)
            {
                continue;
            }

            var band = (int)LengthBands.Of(chain.Last - history.Spells[chain.Start].First + 1);
            for (var i = chain.Start; i < chain.End; i++)
            {
                AddAbsence(history, history.Spells[i], band, sign);
            }

            AddEnded(history, (int)history.Spells[chain.Start].Type, band, chain.Last, sign);
        }
    }

    private void AddPossible(EmploymentSpan employment, int sign)
    {
        var ancestors = Units.AncestorsOf(employment.UnitIndex);
        var perDay = sign * employment.Weight * 100L;
        if (employment.To == EmployeeHistory.Open)
        {
            foreach (var unit in ancestors)
            {
                _ongoing[unit] += perDay;
            }
        }

        foreach (var (month, workingDays) in _possibleAxis.WorkingDays(employment.From, employment.To, _calendar))
        {
            var amount = perDay * workingDays;
            if (amount != 0)
            {
                foreach (var unit in ancestors)
                {
                    _possible[(unit * _possibleAxis.Count) + month] += amount;
                }
            }
        }
    }

    private void AddAbsence(EmployeeHistory history, SpellSpan spell, int band, int sign)
    {
        var cell = ((int)spell.Type * Bands) + band;
        foreach (var employment in history.Employments)
        {
            var ancestors = Units.AncestorsOf(employment.UnitIndex);
            var perDay = (long)sign * employment.Weight * spell.Percent;
            foreach (var (month, workingDays) in _absenceAxis.WorkingDays(Math.Max(spell.First, employment.From), Math.Min(spell.Last, employment.To), _calendar))
            {
                var amount = perDay * workingDays;
                if (amount != 0)
                {
                    foreach (var unit in ancestors)
                    {
                        _absence[(((unit * _absenceAxis.Count) + month) * Cells) + cell] += amount;
                    }
                }
            }
        }
    }

    private void AddEnded(EmployeeHistory history, int type, int band, int lastDay, int sign)
    {
        if (!_absenceAxis.Contains(lastDay))
        {
            return;
        }

        var month = _absenceAxis.OffsetOf(lastDay);
        foreach (var unit in UnitsCovering(history, lastDay, _scratch))
        {
            _ended[(((unit * _absenceAxis.Count) + month) * Cells) + (type * Bands) + band] += sign;
        }
    }

    /// <summary>Each unit once whose subtree holds an employment of the employee covering the day.</summary>
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
