using System.Diagnostics;
using AbsenceCases.SeedGenerator;

const string Usage = """
    Usage: AbsenceCases.SeedGenerator <output-folder> [demo|large] [end-date yyyy-MM-dd]
      demo   (default) about 600 employees (520 positions), two years, as in seeds/
      large  50,000 positions, five years, for benchmarks
    The end date defaults to 2026-10-31.
    """;

if (ReadOptions(args) is not { } options)
{
    Console.Error.WriteLine(Usage);
    return 2;
}

var folder = args[0];
var stopwatch = Stopwatch.StartNew();
new MunicipalityGenerator(options).WriteFiles(folder);
Console.WriteLine($"Wrote {Path.GetFullPath(folder)} ({options.Headcount} positions, seed {options.Seed}) in {stopwatch.Elapsed.TotalSeconds:F1} s");

stopwatch.Restart();
var report = SeedCheck.Run(folder, options.StartDate, options.EndDate);
Console.WriteLine(report);
Console.WriteLine($"Checked in {stopwatch.Elapsed.TotalSeconds:F1} s");
return 0;

static GeneratorOptions? ReadOptions(string[] args)
{
    if (args.Length is 0 or > 3)
    {
        return null;
    }

    DateOnly? endDate = null;
    if (args.Length == 3)
    {
        if (!DateOnly.TryParseExact(args[2], CsvRowWriter.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return null;
        }

        endDate = parsed;
    }

    return (args.Length > 1 ? args[1] : "demo") switch
    {
        "demo" => GeneratorOptions.Demo(endDate),
        "large" => GeneratorOptions.Large(endDate),
        _ => null,
    };
}
