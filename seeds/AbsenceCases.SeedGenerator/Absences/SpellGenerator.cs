namespace AbsenceCases.SeedGenerator.Absences;

/// <summary>
/// Walks through an employee's days and lets spells start by chance, one at a time, so spells of one employee
/// never overlap. Each spell is cut at the employee's employment boundaries, so every row lies
/// inside one employment; a spell still running at the end date is left open.
/// </summary>
internal sealed class SpellGenerator
{
    private readonly GeneratorOptions _options;
    private readonly Random _random;
    private readonly double[] _startWeights;
    private readonly DateOnly _firstDay;
    private readonly DateOnly _projectStart;

    public SpellGenerator(GeneratorOptions options, Random random)
    {
        _options = options;
        _random = random;
        _firstDay = options.StartDate.AddDays(-AbsenceModel.LongestSpellInDays);
        _projectStart = options.StartDate.AddYears(1);
        _startWeights = new double[options.EndDate.DayNumber - _firstDay.DayNumber + 1];
        for (var i = 0; i < _startWeights.Length; i++)
        {
            _startWeights[i] = AbsenceModel.StartWeight(_firstDay.AddDays(i));
        }
    }

    /// <summary>
    /// The employee's spells in date order. The walk starts a longest spell before the start date, so the history
    /// opens with the spells then running (kept with their first day) instead of with nobody absent.
    /// </summary>
    public IEnumerable<Spell> SpellsOf(Employee employee)
    {
        var traits = AbsenceModel.DrawTraits(_random);
        var last = DateMath.Min(employee.To ?? _options.EndDate, _options.EndDate);
        var day = DateMath.Max(employee.From, _firstDay);
        while (day <= last)
        {
            if (DrawStart(day, employee.EmploymentOn(day).Workplace, traits) is not { } type)
            {
                day = day.AddDays(1);
                continue;
            }

            var (band, days) = AbsenceModel.DrawLength(type, traits.Severity, _random);
            var spellLast = day.AddDays(days - 1);
            foreach (var part in AbsenceModel.Parts(band, day, spellLast, _random))
            {
                foreach (var spell in CutAtEmployments(employee, type, part))
                {
                    yield return spell;
                }
            }

            day = spellLast.AddDays(1);
        }
    }

    private AbsenceType? DrawStart(DateOnly day, Workplace workplace, AbsenceTraits traits)
    {
        var weight = _startWeights[day.DayNumber - _firstDay.DayNumber];
        var sickness = weight * workplace.Area.SicknessFactor * AbsenceModel.Trend(workplace.IsPilot, day >= _projectStart);
        var ownIllness = sickness * traits.IllnessFrequency * AbsenceModel.IllnessSpellsPerYear;
        var workInjury = ownIllness + (sickness * AbsenceModel.WorkInjuriesPerYear);
        var childIllness = workInjury + (traits.HasYoungChildren ? weight * AbsenceModel.ChildIllnessSpellsPerYear : 0);
        var draw = _random.NextDouble();
        return draw < ownIllness ? AbsenceType.OwnIllness
            : draw < workInjury ? AbsenceType.WorkInjury
            : draw < childIllness ? AbsenceType.ChildIllness
            : null;
    }

    private IEnumerable<Spell> CutAtEmployments(Employee employee, AbsenceType type, SpellPart part)
    {
        foreach (var employment in employee.Employments)
        {
            var first = DateMath.Max(part.FirstDay, employment.From);
            var last = DateMath.Min(part.LastDay, employment.To ?? DateOnly.MaxValue);
            if (first <= last && first <= _options.EndDate && last >= _options.StartDate)
            {
                yield return new Spell(type, first, last > _options.EndDate ? null : last, part.Percent);
            }
        }
    }
}
