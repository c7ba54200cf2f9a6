namespace AbsenceCases.SeedGenerator;

/// <summary>What to generate. The same options always give byte-identical files.</summary>
/// <param name="Seed">The seed of the one <see cref="Random"/> behind every choice.</param>
/// <param name="Headcount">Positions filled at any time; leavers are replaced, so more employees appear in the files.</param>
/// <param name="StartDate">The first day of the absence history.</param>
/// <param name="EndDate">The last day of the data; spells still running then are open.</param>
/// <param name="OtherWorkplacesPerArea">Workplaces outside the project in each area, beside the six pilot workplaces.</param>
public sealed record GeneratorOptions(int Seed, int Headcount, DateOnly StartDate, DateOnly EndDate, int OtherWorkplacesPerArea)
{
    public const int DefaultSeed = 1;

    public static DateOnly DefaultEndDate { get; } = new(2026, 10, 31);

    /// <summary>The demo municipality in seeds/: about 600 employees (520 positions), two years, six pilot and eight other workplaces.</summary>
    public static GeneratorOptions Demo(DateOnly? endDate = null) =>
        ForYears(DefaultSeed, headcount: 520, years: 2, otherWorkplacesPerArea: 2, endDate);

    /// <summary>The benchmark scale: 50,000 positions over five years in about a thousand workplaces.</summary>
    public static GeneratorOptions Large(DateOnly? endDate = null) =>
        ForYears(DefaultSeed, headcount: 50_000, years: 5, otherWorkplacesPerArea: 250, endDate);

    /// <summary>Options for whole years of history ending on <paramref name="endDate"/> (default <see cref="DefaultEndDate"/>).</summary>
    public static GeneratorOptions ForYears(int seed, int headcount, int years, int otherWorkplacesPerArea, DateOnly? endDate = null)
    {
        var end = endDate ?? DefaultEndDate;
        return new GeneratorOptions(seed, headcount, end.AddYears(-years).AddDays(1), end, otherWorkplacesPerArea);
    }
}
