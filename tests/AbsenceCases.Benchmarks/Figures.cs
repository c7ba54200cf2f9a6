using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Benchmarks;

/// <summary>The measured figures and the targets of issues 5, 11 and 13.</summary>
internal sealed class Figures
{
    public static readonly TimeSpan FactBuildTarget = TimeSpan.FromSeconds(1.75);

    private static readonly TimeSpan ImportTarget = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan FullTableTarget = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan DashboardTarget = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan ReadStallTarget = TimeSpan.FromSeconds(2);
    private const long MemoryTarget = 400L * 1024 * 1024;

    public DatabaseProvider Provider { get; init; }

    public int Spells { get; set; }

    public TimeSpan ImportUnits { get; set; }

    public TimeSpan ImportEmployees { get; set; }

    public TimeSpan ImportSpells { get; set; }

    public TimeSpan ReimportSpells { get; set; }

    public TimeSpan LongestReadStall { get; set; }

    public TimeSpan LongestReadStallDuringReimport { get; set; }

    public TimeSpan FactBuild { get; set; }

    public TimeSpan FactBuildCpu { get; set; }

    public TimeSpan FullTable { get; set; }

    public TimeSpan FullTableInProcess { get; set; }

    public TimeSpan Dashboard { get; set; }

    public TimeSpan AfterSickCall { get; set; }

    public long PeakWorkingSet { get; set; }

    public long FinalGcHeap { get; set; }

    public long GeneratorPeakWorkingSet { get; set; }

    public long ReimportPeakWorkingSet { get; set; }

    public bool ReimportChangedNothing { get; set; }

    public bool AllMet =>
        ImportSpells <= ImportTarget && LongestReadStall <= ReadStallTarget && LongestReadStallDuringReimport <= ReadStallTarget
        && FactBuild <= FactBuildTarget && FullTable <= FullTableTarget && Dashboard <= DashboardTarget && PeakWorkingSet <= MemoryTarget && ReimportChangedNothing;

    public void Print()
    {
        Console.WriteLine();
        Console.WriteLine($"{"Figure (" + Provider + ")",-56} {"Measured",12} {"Target",10}");
        Line("Import units (HTTP)", Seconds(ImportUnits), "", null);
        Line("Import employees (HTTP)", Seconds(ImportEmployees), "", null);
        Line($"Import spells (HTTP, {Spells:N0} rows)", Seconds(ImportSpells), "≤ 60 s", ImportSpells <= ImportTarget);
        ReadStallLine(LongestReadStall);
        Line("Fact store build, cold start (load + compute)", Seconds(FactBuild), "≤ 1.75 s", FactBuild <= FactBuildTarget);
        Line("  its CPU time (every thread of the process)", Seconds(FactBuildCpu), "", null);
        Line("Full month × unit table, 5 years (HTTP + JSON, median)", Ms(FullTable), "≤ 250 ms", FullTable <= FullTableTarget);
        Line("  the same without HTTP and JSON (median)", Ms(FullTableInProcess), "", null);
        Line("Dashboard: one workplace, 12 months by month (median)", Ms(Dashboard), "≤ 50 ms", Dashboard <= DashboardTarget);
        Line("Dashboard right after a sick call (incremental)", Ms(AfterSickCall), "", null);
        Line("Peak working set of the host through the above", $"{PeakWorkingSet / 1024 / 1024} MB", "≤ 400 MB", PeakWorkingSet <= MemoryTarget);
        Line("  peak while generating the files (harness)", $"{GeneratorPeakWorkingSet / 1024 / 1024} MB", "", null);
        Line("Afterwards: re-import of the same spells (unchanged)", Seconds(ReimportSpells), "", null);
        ReadStallLine(LongestReadStallDuringReimport);
        Line("  the full table the same after it", ReimportChangedNothing ? "yes" : "NO", "", null);
        Line("  peak working set during the re-import", $"{ReimportPeakWorkingSet / 1024 / 1024} MB", "", null);
        Line("GC heap at the end", $"{FinalGcHeap / 1024 / 1024} MB", "", null);
        Console.WriteLine(AllMet ? "All targets met." : "Some targets are not met.");
    }

    private static void ReadStallLine(TimeSpan stall) =>
        Line("  longest GET /api/cases/{id} during it (audited read)", Ms(stall), "≤ 2 s", stall <= ReadStallTarget);

    private static void Line(string figure, string measured, string target, bool? met) =>
        Console.WriteLine($"{figure,-56} {measured,12} {target,10} {(met is null ? string.Empty : met.Value ? "PASS" : "FAIL")}");

    private static string Seconds(TimeSpan time) => $"{time.TotalSeconds:F2} s";

    private static string Ms(TimeSpan time) => $"{time.TotalMilliseconds:F0} ms";
}
