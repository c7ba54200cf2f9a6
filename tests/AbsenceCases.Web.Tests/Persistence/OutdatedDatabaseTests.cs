using Microsoft.Data.Sqlite;

namespace AbsenceCases.Web.Tests.Persistence;

public sealed class OutdatedDatabaseTests
{
    [Test]
    public async Task ShouldRefuseToStartOnADatabaseOfTheHandWrittenMigrations()
    {
        await using var factory = AbsenceCasesFactory.OnNewDatabase();
        Directory.CreateDirectory(Path.GetDirectoryName(factory.DatabasePath)!);
        await using (var connection = new SqliteConnection($"Data Source={factory.DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText =
                """
                CREATE TABLE "__EFMigrationsHistory" ("MigrationId" TEXT PRIMARY KEY, "ProductVersion" TEXT NOT NULL);
                INSERT INTO "__EFMigrationsHistory" VALUES ('20261123090000_InitialCreate', '10.0.14');
                """;
            await command.ExecuteNonQueryAsync();
        }

        try
        {
            Assert.That(
                () => factory.CreateClient(),
                Throws.InvalidOperationException.With.Message.Contains("20261123090000_InitialCreate").And.Message.Contains("Delete it"));
        }
        finally
        {
            factory.DeleteDatabase();
        }
    }
}
