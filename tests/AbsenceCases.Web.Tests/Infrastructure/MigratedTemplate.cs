using AbsenceCases.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace AbsenceCases.Web.Tests.Infrastructure;

/// <summary>
/// A SQLite file the application's migrator made once per test run. A host starting on a copy finds every migration
/// applied, as a fresh installation does after its first start, without running the migrations again.
/// </summary>
internal static class MigratedTemplate
{
    private static readonly Lazy<string> Template = new(Create);

    /// <summary>Copies the template to <paramref name="databasePath"/>, which must not exist yet.</summary>
    public static void CopyTo(string databasePath) => File.Copy(Template.Value, databasePath);

    private static string Create()
    {
        var path = AbsenceCasesFactory.NewDatabasePath();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var connectionString = $"Data Source={path}";
        using (var db = new ApplicationDbContext(DatabaseOptions.ContextOptions(DatabaseProvider.Sqlite, connectionString)))
        {
            new DatabaseMigrator(db, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
            // Everything into the main file, so that a copy of it alone is the whole database.
            db.Database.ExecuteSqlRaw("PRAGMA wal_checkpoint(TRUNCATE);");
        }

        using (var connection = new SqliteConnection(connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(path + suffix);
            }
        };
        return path;
    }
}
