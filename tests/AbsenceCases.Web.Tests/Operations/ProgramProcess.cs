using System.Diagnostics;

namespace AbsenceCases.Web.Tests.Operations;

/// <summary>The real program run as an operator runs it, in Production, on the given SQLite database.</summary>
internal static class ProgramProcess
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string databasePath, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__AbsenceCases"] = $"Data Source={databasePath}";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }
}
