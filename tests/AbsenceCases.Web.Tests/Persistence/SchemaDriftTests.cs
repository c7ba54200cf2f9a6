using AbsenceCases.Infrastructure;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AbsenceCases.Web.Tests.Persistence;

/// <summary>
/// The migrations are written by hand. This compares the schema they build with the schema EF Core would
/// create from the model, so a change to the model without a migration fails here.
/// </summary>
public sealed class SchemaDriftTests
{
    private readonly List<string> _files = [];

    [TearDown]
    public void DeleteFiles()
    {
        SqliteConnection.ClearAllPools();
        _files.ForEach(File.Delete);
    }

    [Test]
    public async Task ShouldBuildTheModelsSchemaFromTheMigrations()
    {
        var migrated = NewDatabase();
        await using (var db = Context(migrated))
        {
            await db.Database.MigrateAsync();
        }

        var created = NewDatabase();
        await using (var db = Context(created))
        {
            await db.Database.EnsureCreatedAsync();
        }

        var expected = await SchemaOf(created);
        var actual = await SchemaOf(migrated);
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.That(
            missing.Concat(extra),
            Is.Empty,
            $"The migrations and the model disagree; write a migration for the model change.\n" +
            $"Missing from the migrations:\n  {string.Join("\n  ", missing)}\nOnly in the migrations:\n  {string.Join("\n  ", extra)}");
    }

    [Test]
    public async Task ShouldLeaveNoMigrationPendingAfterMigrating()
    {
        await using var db = Context(NewDatabase());
        await db.Database.MigrateAsync();

        Assert.That(await db.Database.GetPendingMigrationsAsync(), Is.Empty);
        Assert.That(await db.Database.GetAppliedMigrationsAsync(), Is.Not.Empty);
    }

    [Test]
    public async Task ShouldUndoEveryMigration()
    {
        var path = NewDatabase();
        await using var db = Context(path);
        await db.Database.MigrateAsync();

        await db.GetInfrastructure().GetRequiredService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().MigrateAsync("0");

        Assert.That(await SchemaOf(path), Is.Empty);
    }

    private string NewDatabase()
    {
        var path = AbsenceCasesFactory.NewDatabasePath();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        _files.Add(path);
        return path;
    }

    private static ApplicationDbContext Context(string path) =>
        new(new DbContextOptionsBuilder<ApplicationDbContext>()
            .UseSqlite($"Data Source={path}", sqlite => sqlite.MigrationsAssembly(DependencyInjection.MigrationsAssembly))
            .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning))
            .Options);

    /// <summary>Every table's columns (type, nullability, key), indexes (columns, uniqueness) and foreign keys, as sorted lines.</summary>
    private static async Task<List<string>> SchemaOf(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        var tables = await Query(connection,
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%'",
            r => r.GetString(0));
        var schema = new List<string>();
        foreach (var table in tables)
        {
            schema.Add($"table {table}");
            schema.AddRange(await Query(connection, $"PRAGMA table_info(\"{table}\")",
                r => $"column {table}.{r.GetString(1)} {r.GetString(2)} notnull={r.GetInt32(3)} pk={r.GetInt32(5)} default={(r.IsDBNull(4) ? "-" : r.GetString(4))}"));
            var indexes = await Query(connection, $"PRAGMA index_list(\"{table}\")", r => (Name: r.GetString(1), Unique: r.GetInt32(2), Origin: r.GetString(3)));
            foreach (var index in indexes.Where(i => i.Origin == "c"))
            {
                var columns = await Query(connection, $"PRAGMA index_info(\"{index.Name}\")", r => r.GetString(2));
                var definition = await Query(connection, $"SELECT sql FROM sqlite_master WHERE type = 'index' AND name = '{index.Name}'", r => r.GetString(0));
                schema.Add($"index {table}.{index.Name} ({string.Join(", ", columns)}) unique={index.Unique} where={WhereOf(definition[0])}");
            }

            schema.AddRange(await Query(connection, $"PRAGMA foreign_key_list(\"{table}\")",
                r => $"foreign key {table}.{r.GetString(3)} -> {r.GetString(2)}.{r.GetString(4)} on delete {r.GetString(6)}"));
            var sql = await Query(connection, $"SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '{table}'", r => r.GetString(0));
            schema.Add($"autoincrement {table} {sql[0].Contains("AUTOINCREMENT", StringComparison.Ordinal)}");
        }

        schema.Sort(StringComparer.Ordinal);
        return schema;
    }

    /// <summary>The filter of a partial index, or "-".</summary>
    private static string WhereOf(string createIndex)
    {
        var where = createIndex.IndexOf(" WHERE ", StringComparison.OrdinalIgnoreCase);
        return where < 0 ? "-" : createIndex[(where + 7)..].Trim();
    }

    private static async Task<List<T>> Query<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
