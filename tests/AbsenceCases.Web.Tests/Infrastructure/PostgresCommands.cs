using System.Diagnostics;

namespace AbsenceCases.Web.Tests.Infrastructure;

/// <summary>
/// Runs Debian's PostgreSQL 15 programs for <see cref="PostgresCluster"/>. PostgreSQL refuses to run as root, so
/// a test process running as root runs them, and makes the cluster's folder, as the postgres user.
/// </summary>
internal static class PostgresCommands
{
    private const string BinFolder = "/usr/lib/postgresql/15/bin";
    private const string ServiceUser = "postgres";

    /// <summary>A new folder under /tmp that belongs to the user the server runs as.</summary>
    public static async Task<string> NewFolderAsync(CancellationToken cancellationToken) =>
        (await RunProgramAsync("mktemp", ["-d", "/tmp/absencecases-pg-XXXXXXXX"], cancellationToken)).Trim();

    public static Task<string> RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var path = Path.Combine(BinFolder, program);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"{path} is missing: the PostgreSQL tests need Debian's postgresql-15 (apt-get install postgresql-15, as .ci/run does).");
        }

        return RunProgramAsync(path, arguments, cancellationToken);
    }

    private static async Task<string> RunProgramAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo
        {
            FileName = Environment.IsPrivilegedProcess ? "runuser" : program,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (Environment.IsPrivilegedProcess)
        {
            foreach (var argument in new[] { "-u", ServiceUser, "--", program })
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await error}{await output}");
        }

        return await output;
    }
}
