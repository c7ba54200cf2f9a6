namespace AbsenceCases.SeedGenerator.Absences;

/// <summary>How one employee tends to be absent, drawn once per employee.</summary>
/// <param name="IllnessFrequency">Multiplies how often the employee falls ill (mean 1).</param>
/// <param name="Severity">Multiplies the chance that an illness turns into a medium or long spell (mean 1).</param>
/// <param name="HasYoungChildren">Whether the employee takes child illness days (barns sygedag).</param>
internal readonly record struct AbsenceTraits(double IllnessFrequency, double Severity, bool HasYoungChildren);

/// <summary>
/// The assumptions behind the absence history. Illness frequency and severity differ between employees with heavy
/// tails, so a few employees carry much of the absence through medium and long spells; spells start mostly on
/// working days, more often in winter, and less often in the pilot workplaces once the project has started.
/// </summary>
internal static class AbsenceModel
{
    /// <summary>Illness spells a year of an employee of average traits in an area of average level.</summary>
    public const double IllnessSpellsPerYear = 3.6;

    public const double WorkInjuriesPerYear = 0.02;

    /// <summary>Child illness spells a year of an employee with young children.</summary>
    public const double ChildIllnessSpellsPerYear = 3.0;

    public const int LongestSpellInDays = 330;

    private const double ParentOfYoungChildrenShare = 0.45;
    private const double FrequencySigma = 0.6;
    private const double SeveritySigma = 1.7;
    private const double MediumIllnessShare = 0.02;
    private const double LongIllnessShare = 0.022;
    private const double PilotBaselineFactor = 1.15;
    private const double PilotProjectFactor = 0.9;
    private const double WorkingDaysPerYear = 250;
    private const double NonWorkingDayStartWeight = 0.05;
    private const double PartialMediumSpellShare = 0.15;
    private const double GradedReturnShare = 0.15;
    private const double PartialThenFullShare = 0.05;
    private const double MeanDaysBeyondThirty = 50;

    private static readonly double[] MonthFactors = [1.25, 1.3, 1.15, 1.0, 0.9, 0.85, 0.6, 0.85, 1.0, 1.05, 1.1, 1.1];

    private static readonly WeightedChoice<LengthBand> InjuryBands =
        WeightedChoice<LengthBand>.Of((LengthBand.Short, 60), (LengthBand.Medium, 20), (LengthBand.Long, 20));

    private static readonly WeightedChoice<int> ShortSpellDays = WeightedChoice<int>.Of(
        (1, 40), (2, 24), (3, 14), (4, 6), (5, 5), (6, 2), (7, 3), (8, 1), (9, 1), (10, 1), (11, 1), (12, 1), (13, 1), (14, 1));

    private static readonly WeightedChoice<int> ChildIllnessDays = WeightedChoice<int>.Of((1, 8), (2, 2));

    private static readonly WeightedChoice<int> PartialPercents = WeightedChoice<int>.Of((50, 8), (25, 1), (75, 1));

    /// <summary>Frequency and severity both grow with one underlying proneness, severity the more steeply.</summary>
    public static AbsenceTraits DrawTraits(Random random)
    {
        var proneness = random.StandardNormal();
        return new AbsenceTraits(MeanOneLogNormal(proneness, FrequencySigma), MeanOneLogNormal(proneness, SeveritySigma), random.Chance(ParentOfYoungChildrenShare));
    }

    /// <summary>The chance weight of a spell starting on a day, before the employee's and the workplace's factors.</summary>
    public static double StartWeight(DateOnly day) =>
        MonthFactors[day.Month - 1] * (WorkingDayCalendar.Danish.IsWorkingDay(day) ? 1 : NonWorkingDayStartWeight) / WorkingDaysPerYear;

    /// <summary>The pilot workplaces start a little higher and fall once the project period has begun.</summary>
    public static double Trend(bool isPilot, bool inProjectPeriod) =>
        !isPilot ? 1.0 : inProjectPeriod ? PilotProjectFactor : PilotBaselineFactor;

    public static (LengthBand Band, int Days) DrawLength(AbsenceType type, double severity, Random random)
    {
        if (type == AbsenceType.ChildIllness)
        {
            return (LengthBand.Short, ChildIllnessDays.Pick(random));
        }

        var band = type == AbsenceType.WorkInjury ? InjuryBands.Pick(random) : IllnessBand(severity, random);
        var days = band switch
        {
            LengthBand.Short => ShortSpellDays.Pick(random),
            LengthBand.Medium => random.Next(15, 30),
            _ => 30 + (int)Math.Min(random.Exponential(MeanDaysBeyondThirty), LongestSpellInDays - 30),
        };
        return (band, days);
    }

    /// <summary>
    /// Full sick leave; for some medium spells partial sick leave (delvis sygemelding); for some long spells a
    /// graded return (full, then partial) or partial sick leave that turns into full.
    /// </summary>
    public static IReadOnlyList<SpellPart> Parts(LengthBand band, DateOnly first, DateOnly last, Random random)
    {
        var draw = random.NextDouble();
        return band switch
        {
            LengthBand.Medium when draw < PartialMediumSpellShare => [new SpellPart(first, last, PartialPercents.Pick(random))],
            LengthBand.Long when draw < GradedReturnShare =>
                SplitAt(first, last, random.Between(0.55, 0.85), 100, PartialPercents.Pick(random)),
            LengthBand.Long when draw < GradedReturnShare + PartialThenFullShare =>
                SplitAt(first, last, random.Between(0.2, 0.4), PartialPercents.Pick(random), 100),
            _ => [new SpellPart(first, last, 100)],
        };
    }

    private static double MeanOneLogNormal(double standardNormal, double sigma) => Math.Exp((sigma * standardNormal) - (sigma * sigma / 2));

    private static LengthBand IllnessBand(double severity, Random random)
    {
        var draw = random.NextDouble() / severity;
        return draw < LongIllnessShare ? LengthBand.Long
            : draw < LongIllnessShare + MediumIllnessShare ? LengthBand.Medium
            : LengthBand.Short;
    }

    private static SpellPart[] SplitAt(DateOnly first, DateOnly last, double share, int firstPercent, int secondPercent)
    {
        var split = first.AddDays((int)((last.DayNumber - first.DayNumber + 1) * share));
        return [new SpellPart(first, split.AddDays(-1), firstPercent), new SpellPart(split, last, secondPercent)];
    }
}
