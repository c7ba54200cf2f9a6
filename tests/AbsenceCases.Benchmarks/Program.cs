using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AbsenceCases.Application.Statistics;
using AbsenceCases.Application.Statistics.Facts;
using AbsenceCases.Infrastructure.Persistence;
using AbsenceCases.SeedGenerator;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace AbsenceCases.Benchmarks;

/// <summary>
/// A plain Release harness: generates the large municipality, imports it through the HTTP endpoints of the real host
/// on Kestrel, then times the statistics and prints the figures against the targets of issues 5, 11 and 13 (audited reads
/// of a case while the spells are imported, and again while the same file is imported a second time).
/// Run: dotnet run -c Release --project tests/AbsenceCases.Benchmarks [-- --provider postgres] [-- --keep] [-- --headcount N]:
/// --provider runs the host on SQLite (default) or on a throw-away PostgreSQL 15 cluster; --keep keeps the files (and the
/// SQLite database); --headcount sets the positions (default 50,000; 54,200 gives about 1.3 million spells);
/// --rebuild FOLDER only times the cold fact build on the SQLite database a run with --keep left in FOLDER.
/// BENCHMARK_COLLECT=1 collects garbage between phases, to show what stays live (the peaks are then lower).
/// </summary>
internal static class Benchmark
{
    private const int TableRuns = 7;
    private const int DashboardRuns = 25;

    public static async Task<int> Main(string[] args)
    {
        var keep = args.Contains("--keep");
        var headcount = Headcount(args);
        if (Array.IndexOf(args, "--rebuild") is var rebuild and >= 0)
        {
            return await RebuildAsync(
                rebuild + 1 < args.Length ? args[rebuild + 1] : throw new ArgumentException("--rebuild takes the folder a run with --keep left"),
                headcount);
        }

        var provider = Provider(args);
        var folder = Path.Combine(Path.GetTempPath(), $"absencecases-benchmark-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var figures = new Figures { Provider = provider };
        try
        {
            var options = headcount is { } positions ? GeneratorOptions.Large() with { Headcount = positions } : GeneratorOptions.Large();
            var stopwatch = Stopwatch.StartNew();
            var generated = new MunicipalityGenerator(options).WriteFiles(folder);
            Console.WriteLine(
                $"Generated {generated.Units:N0} units, {generated.Employees:N0} employees, {generated.Employments:N0} employments, " +
                $"{generated.Spells:N0} spells ({new FileInfo(Path.Combine(folder, SeedFiles.Absences)).Length / 1e6:F1} MB) in {stopwatch.Elapsed.TotalSeconds:F1} s");

            figures.Spells = generated.Spells;
            var wholeProcessPeak = StartMeasuringTheHost();
            var now = new DateTimeOffset(options.EndDate.AddDays(2).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
            await using var database = await BenchmarkDatabase.CreateAsync(provider, folder);
            await using var host = new BenchmarkHost(database, now);
            host.UseKestrel(0);
            host.StartServer();
            var client = await host.SignInAsHrAsync();
            figures.ImportUnits = await Import(client, folder, "units");
            figures.ImportEmployees = await Import(client, folder, "employees");
            var caseId = await CaseOfSomeoneWithoutOpenSpells(client, folder, now);
            var caseUrl = $"/api/cases/{caseId}";
            (figures.ImportSpells, figures.LongestReadStall) = await ImportWhileReading(client, folder, "absences", caseUrl);

            (figures.FactBuild, figures.FactBuildCpu) = await BuildFacts(host);

            var last = options.EndDate;
            var first = last.AddMonths(-59);
            var table = $"/api/statistics/absence-rate?from={first:yyyy-MM}&to={last:yyyy-MM}&groupBy=month,unit";
            var (tableTimes, tableBytes) = await Time(client, table, TableRuns);
            figures.FullTable = Median(tableTimes);
            Console.WriteLine($"Full table {table}: {tableBytes / 1e6:F1} MB JSON, runs {string.Join(", ", tableTimes.Select(Ms))}; {Memory()}");

            await using (var scope = host.Services.CreateAsyncScope())
            {
                var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
                var times = new List<TimeSpan>();
                var rows = 0;
                for (var i = 0; i < TableRuns; i++)
                {
                    stopwatch.Restart();
                    rows = (await mediator.Send(new GetAbsenceRate($"{first:yyyy-MM}", $"{last:yyyy-MM}", null, "month,unit", null))).Rows.Count;
                    times.Add(stopwatch.Elapsed);
                }

                figures.FullTableInProcess = Median(times);
                Console.WriteLine($"Full table without HTTP and JSON: {rows:N0} rows, runs {string.Join(", ", times.Select(Ms))}; {Memory()}");
            }

            var workplace = await PilotWorkplace(client);
            var dashboard = $"/api/statistics/absence-rate?from={last.AddMonths(-11):yyyy-MM}&to={last:yyyy-MM}&unitId={workplace}&groupBy=month";
            var (dashboardTimes, _) = await Time(client, dashboard, DashboardRuns);
            figures.Dashboard = Median(dashboardTimes);
            Console.WriteLine($"Dashboard {dashboard}: runs {string.Join(", ", dashboardTimes.Take(10).Select(Ms))} …; {Memory()}");

            figures.AfterSickCall = await SickCallThenDashboard(client, dashboard, workplace, now);
            figures.PeakWorkingSet = Process.GetCurrentProcess().PeakWorkingSet64;

            var before = await Fingerprint(client, table);
            Console.WriteLine($"Full table SHA-256 (the same on every provider): {before}");
            ResetPeak();
            (figures.ReimportSpells, figures.LongestReadStallDuringReimport) = await ImportWhileReading(client, folder, "absences", caseUrl);
            figures.ReimportPeakWorkingSet = Process.GetCurrentProcess().PeakWorkingSet64;
            figures.ReimportChangedNothing = before == await Fingerprint(client, table);

            figures.GeneratorPeakWorkingSet = wholeProcessPeak;
            figures.FinalGcHeap = GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes;
            figures.Print();
            return figures.AllMet ? 0 : 1;
        }
        finally
        {
            if (!keep)
            {
                Directory.Delete(folder, recursive: true);
            }
            else
            {
                Console.WriteLine($"Kept {folder}");
            }
        }
    }

    /// <summary>Starts the host on a kept SQLite database and times the cold fact build alone.</summary>
    private static async Task<int> RebuildAsync(string folder, int? headcount)
    {
        var options = headcount is { } positions ? GeneratorOptions.Large() with { Headcount = positions } : GeneratorOptions.Large();
        var now = new DateTimeOffset(options.EndDate.AddDays(2).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        StartMeasuringTheHost();
        await using var database = await BenchmarkDatabase.CreateAsync(DatabaseProvider.Sqlite, folder);
        await using var host = new BenchmarkHost(database, now);
        var (build, _) = await BuildFacts(host);
        return build <= Figures.FactBuildTarget ? 0 : 1;
    }

    /// <summary>The cold build of the fact store: its time, and the CPU time the process spent meanwhile (the harness waits).</summary>
    private static async Task<(TimeSpan Elapsed, TimeSpan Cpu)> BuildFacts(BenchmarkHost host)
    {
        var store = host.Services.GetRequiredService<AbsenceFactStore>();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        await store.RefreshAsync(CancellationToken.None);
        var elapsed = stopwatch.Elapsed;
        process.Refresh();
        cpu = process.TotalProcessorTime - cpu;
        Console.WriteLine($"Fact store built in {elapsed.TotalSeconds:F2} s, CPU time {cpu.TotalSeconds:F2} s; {Memory()}");
        return (elapsed, cpu);
    }

    private static int? Headcount(string[] args)
    {
        var at = Array.IndexOf(args, "--headcount");
        if (at < 0)
        {
            return null;
        }

        return at + 1 < args.Length && int.TryParse(args[at + 1], out var headcount) && headcount > 0
            ? headcount
            : throw new ArgumentException("--headcount takes a positive whole number");
    }

    private static DatabaseProvider Provider(string[] args)
    {
        var at = Array.IndexOf(args, "--provider");
        if (at < 0)
        {
            return DatabaseProvider.Sqlite;
        }

        return at + 1 < args.Length && Enum.TryParse<DatabaseProvider>(args[at + 1], ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new ArgumentException($"--provider takes one of {string.Join(", ", Enum.GetNames<DatabaseProvider>())}");
    }

    private static async Task<TimeSpan> Import(HttpClient client, string folder, string kind)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var file = File.OpenRead(Path.Combine(folder, $"{kind}.csv"));
        using var content = new StreamContent(file, 1 << 16);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var response = await client.PostAsync($"/api/imports/{kind}", content);
        var answer = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Import of {kind} failed: {(int)response.StatusCode} {answer[..Math.Min(answer.Length, 2000)]}");
        }

        Console.WriteLine($"Imported {kind}: {answer} in {stopwatch.Elapsed.TotalSeconds:F1} s; {Memory()}");
        return stopwatch.Elapsed;
    }

    /// <summary>Imports a file while reading <paramref name="url"/> ten times a second; returns the import's time and the slowest read.</summary>
    private static async Task<(TimeSpan Import, TimeSpan LongestRead)> ImportWhileReading(HttpClient client, string folder, string kind, string url)
    {
        var import = Import(client, folder, kind);
        var reads = await ReadsDuring(client, url, import);
        Console.WriteLine(
            $"longest read stall during import: {reads.Max().TotalMilliseconds:F0} ms ({reads.Count} reads of GET /api/cases/{{id}}, " +
            $"median {Ms(Median(reads))}, {reads.Count(r => r > TimeSpan.FromSeconds(1))} over 1 s)");
        return (await import, reads.Max());
    }

    /// <summary>Times GET requests until the last byte is read; the body is counted, not kept, as a browser would stream it.</summary>
    private static async Task<(List<TimeSpan> Times, long Bytes)> Time(HttpClient client, string url, int runs)
    {
        var times = new List<TimeSpan>();
        var buffer = new byte[1 << 16];
        long bytes = 0;
        for (var i = 0; i < runs; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
            response.EnsureSuccessStatusCode();
            await using var body = await response.Content.ReadAsStreamAsync();
            bytes = 0;
            for (int read; (read = await body.ReadAsync(buffer)) > 0;)
            {
                bytes += read;
            }

            times.Add(stopwatch.Elapsed);
        }

        return (times, bytes);
    }

    /// <summary>
    /// A sick call, before the spells are imported, for an employee of the pilot workplace employed today whose spells in
    /// the file have all ended, so that the import does not refuse the file for an overlap with it.
    /// </summary>
    private static async Task<Guid> CaseOfSomeoneWithoutOpenSpells(HttpClient client, string folder, DateTimeOffset now)
    {
        var withOpenSpells = File.ReadLines(Path.Combine(folder, SeedFiles.Absences)).Skip(1)
            .Select(line => line.Split(';'))
            .Where(fields => fields[2].Length == 0)
            .Select(fields => fields[0])
            .ToHashSet();
        var employees = await client.GetFromJsonAsync<EmployeePage>($"/api/employees?unitId={await PilotWorkplace(client)}&pageSize=200");
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        foreach (var employee in employees!.Items.Where(e => !withOpenSpells.Contains(e.EmployeeNumber)))
        {
            using var sickCall = await client.PostAsJsonAsync("/api/sick-calls", new { employeeId = employee.Id, firstDay = today, absenceType = "own_illness" });
            if (sickCall.IsSuccessStatusCode)
            {
                return (await sickCall.Content.ReadFromJsonAsync<SickCallAnswer>())!.CaseId;
            }
        }

        throw new InvalidOperationException("No employee of the pilot workplace could be reported sick.");
    }

    /// <summary>Reads the case ten times a second, as caseworkers would, until the import is done; the slowest answer is the stall.</summary>
    private static async Task<List<TimeSpan>> ReadsDuring(HttpClient client, string url, Task import)
    {
        var times = new List<TimeSpan>();
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        while (!import.IsCompleted)
        {
            var stopwatch = Stopwatch.StartNew();
            using (var response = await client.GetAsync(url))
            {
                response.EnsureSuccessStatusCode();
            }

            times.Add(stopwatch.Elapsed);
            await timer.WaitForNextTickAsync();
        }

        return times;
    }

    /// <summary>A SHA-256 of the response, read as a stream.</summary>
    private static async Task<string> Fingerprint(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        return Convert.ToHexString(await System.Security.Cryptography.SHA256.HashDataAsync(body));
    }

    private static async Task<int> PilotWorkplace(HttpClient client)
    {
        var units = await client.GetFromJsonAsync<List<UnitRow>>("/api/units");
        return units!.First(u => u.IsPilot && u.Kind == "Workplace").Id;
    }

    /// <summary>A sick call in the workplace, then the dashboard again: the one changed employee is reloaded and replaced.</summary>
    private static async Task<TimeSpan> SickCallThenDashboard(HttpClient client, string dashboard, int workplace, DateTimeOffset now)
    {
        var employees = await client.GetFromJsonAsync<EmployeePage>($"/api/employees?unitId={workplace}&pageSize=200");
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        foreach (var employee in employees!.Items)
        {
            var sickCall = await client.PostAsJsonAsync("/api/sick-calls", new { employeeId = employee.Id, firstDay = today, absenceType = "own_illness" });
            if (sickCall.IsSuccessStatusCode)
            {
                var (times, _) = await Time(client, dashboard, 1);
                Console.WriteLine($"Sick call for employee {employee.Id}, then the dashboard: {Ms(times[0])}");
                return times[0];
            }
        }

        throw new InvalidOperationException("No employee of the workplace could be reported sick.");
    }

    /// <summary>
    /// The generator is the harness, not the system: its garbage is collected and, on Linux, the process's peak
    /// working set is reset (/proc/self/clear_refs), so the peak measured afterwards is the host's. Returns the
    /// peak so far.
    /// </summary>
    private static long StartMeasuringTheHost()
    {
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        ResetPeak();
        Console.WriteLine($"Generator done; {Memory()}");
        return peak;
    }

    /// <summary>Starts the process's peak working set afresh from the current one (Linux only).</summary>
    private static void ResetPeak()
    {
        if (OperatingSystem.IsLinux())
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
    }

    private static string Memory()
    {
        if (Environment.GetEnvironmentVariable("BENCHMARK_COLLECT") == "1")
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }

        using var process = Process.GetCurrentProcess();
        var info = GC.GetGCMemoryInfo();
        return $"working set {process.WorkingSet64 / 1024 / 1024} MB, peak {process.PeakWorkingSet64 / 1024 / 1024} MB, " +
               $"GC heap {info.HeapSizeBytes / 1024 / 1024} MB (large objects {info.GenerationInfo[3].SizeAfterBytes / 1024 / 1024} MB), " +
               $"committed {info.TotalCommittedBytes / 1024 / 1024} MB, allocated so far {GC.GetTotalAllocatedBytes() / 1024 / 1024} MB, " +
               $"collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}" + Rss();
    }

    private static string Rss()
    {
        if (!OperatingSystem.IsLinux())
        {
            return string.Empty;
        }

        var lines = File.ReadAllLines("/proc/self/status").Where(l => l.StartsWith("Rss", StringComparison.Ordinal));
        return " [" + string.Join(", ", lines.Select(l => System.Text.RegularExpressions.Regex.Replace(l, @"\s+", " "))) + "]";
    }

    private static TimeSpan Median(List<TimeSpan> times) => times.Order().ElementAt(times.Count / 2);

    private static string Ms(TimeSpan time) => $"{time.TotalMilliseconds:F0} ms";
}

internal sealed record UnitRow(int Id, string Kind, bool IsPilot);

internal sealed record EmployeePage(List<EmployeeRow> Items, int Total);

internal sealed record EmployeeRow(int Id, string EmployeeNumber);

internal sealed record SickCallAnswer(Guid CaseId);
