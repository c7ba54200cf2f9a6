using System.Globalization;
using AbsenceCases.Domain.Cases;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace AbsenceCases.Web.Tests.Operations;

/// <summary>
/// A PostgreSQL installation is backed up with <c>pg_dump -Fc</c> and restored with <c>pg_restore</c> into a new
/// database, as the README tells the operations team; a host on the restored database reads the case, and its audit log
/// is append-only as before.
/// </summary>
public sealed class PostgresBackupTests : PostgresTest
{
    private readonly string _database = $"backup_{Guid.NewGuid():N}";

    [Test]
    public async Task ShouldRestoreAPgDumpIntoANewDatabaseThatAHostReadsTheCaseFrom()
    {
        var original = await Cluster.CreateDatabaseAsync(_database);
        Guid caseId;
        int employeeId;
        await using (var host = OnPostgres(original))
        {
            var world = await TestWorld.CreateAsync(host);
            var registered = await (await world.ManagerA()).PostJson(
                "/api/sick-calls", new { employeeId = world.EmployeeA, firstDay = new DateOnly(2026, 3, 13), absenceType = "own_illness" });
            caseId = (await registered.Read<AbsenceCases.Application.SickCalls.SickCallRegistered>()).CaseId;
            employeeId = world.EmployeeA;
        }

        var restoredDatabase = $"{_database}_restored";
        var restored = await Cluster.CreateDatabaseAsync(restoredDatabase);
        await DumpAndRestoreAsync(_database, restoredDatabase);

        await using var restoredHost = OnPostgres(restored);
        var restoredCase = await RestoredInstallation.ReadCaseAsManagerA(restoredHost, caseId);
        Assert.That((restoredCase.Employee.Id, restoredCase.FirstDay, restoredCase.Status), Is.EqualTo((employeeId, new DateOnly(2026, 3, 13), CaseStatus.Reported)));
        await using var connection = new NpgsqlConnection(restored);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM \"AuditLog\"", connection);
        Assert.That((long)(await count.ExecuteScalarAsync())!, Is.GreaterThanOrEqualTo(2), "the sick call's and the restored read's audit rows");
        await using var delete = new NpgsqlCommand("DELETE FROM \"AuditLog\"", connection);
        Assert.That(async () => await delete.ExecuteNonQueryAsync(), Throws.InstanceOf<PostgresException>().With.Message.Contains("append-only"));
    }

    /// <summary>The README's commands, run as the cluster's owner writing the dump into a folder of its own.</summary>
    private async Task DumpAndRestoreAsync(string from, string into)
    {
        var folder = await PostgresCommands.NewFolderAsync(CancellationToken.None);
        try
        {
            var dump = Path.Combine(folder, "absencecases.dump");
            string[] server = ["--host", "127.0.0.1", "--port", Cluster.Port.ToString(CultureInfo.InvariantCulture), "--username", "postgres"];
            await PostgresCommands.RunAsync("pg_dump", [.. server, "--format=custom", "--file", dump, from], CancellationToken.None);
            await PostgresCommands.RunAsync("pg_restore", [.. server, "--dbname", into, "--no-owner", "--exit-on-error", dump], CancellationToken.None);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static AbsenceCasesFactory OnPostgres(string connectionString) =>
        new(AbsenceCasesFactory.NewDatabasePath(), new FakeTimeProvider(AbsenceCasesFactory.DefaultNow), settings: new Dictionary<string, string>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:AbsenceCases"] = connectionString,
        });
}
