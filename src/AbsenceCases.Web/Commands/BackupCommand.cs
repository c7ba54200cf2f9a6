using Microsoft.Data.Sqlite;

namespace AbsenceCases.Web.Commands;

/// <summary>
/// <c>backup &lt;target-file&gt;</c>: a consistent copy of the SQLite database through SQLite's online backup API. The
/// application may go on serving and writing meanwhile (WAL): the copy holds what was committed when it began. It never
/// overwrites a file, and leaves PostgreSQL to <c>pg_dump</c>.
/// </summary>
public static class BackupCommand
{
    public const string Name = "backup";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(IConfiguration configuration, string[] args, TextWriter output)
    {
        if (args.Length != 2 || string.IsNullOrWhiteSpace(args[1]))
        {
            await output.WriteLineAsync("Usage: backup <target-file>");
            return 2;
        }

        SqliteConnectionStringBuilder source;
        try
        {
            source = SqliteSourceOf(configuration);
        }
        catch (Exception refused) when (refused is InvalidOperationException or ArgumentException)
        {
            await output.WriteLineAsync(refused.Message);
            return 1;
        }

        var sourcePath = Path.GetFullPath(source.DataSource);
        if (!File.Exists(sourcePath))
        {
            await output.WriteLineAsync($"There is no database at {sourcePath} to back up.");
            return 1;
        }

        var target = Path.GetFullPath(args[1]);
        if (!await CreateEmptyAsync(target, output))
        {
            return 1;
        }

        try
        {
            await using var from = new SqliteConnection(source.ConnectionString);
            await using var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ConnectionString);
            await from.OpenAsync();
            await to.OpenAsync();
            from.BackupDatabase(to);
        }
        catch (SqliteException failure)
        {
            File.Delete(target);
            await output.WriteLineAsync($"The backup of {sourcePath} failed: {failure.Message}");
            return 1;
        }

        await output.WriteLineAsync($"Backed up {sourcePath} to {target} ({new FileInfo(target).Length:N0} bytes).");
        return 0;
    }

    /// <summary>The configured SQLite database, to be opened for reading and writing but never created.</summary>
    private static SqliteConnectionStringBuilder SqliteSourceOf(IConfiguration configuration)
    {
        var provider = DatabaseOptions.ProviderOf(configuration);
        if (provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException(
                $"The database is {provider}: back it up with pg_dump -Fc and restore it with pg_restore, as the README's \"Backups and restore\" shows.");
        }

        return new SqliteConnectionStringBuilder(DatabaseOptions.ConnectionStringOf(configuration, provider))
        {
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
        };
    }

    /// <summary>Claims the target's name, so that a file that exists, or appears meanwhile, is never overwritten.</summary>
    private static async Task<bool> CreateEmptyAsync(string target, TextWriter output)
    {
        try
        {
            await using (new FileStream(target, FileMode.CreateNew, FileAccess.Write))
            {
                return true;
            }
        }
        catch (IOException) when (File.Exists(target))
        {
            await output.WriteLineAsync($"{target} exists already; a backup never overwrites a file. Name a new one.");
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            await output.WriteLineAsync($"{target} cannot be written: {failure.Message}");
        }

        return false;
    }
}
