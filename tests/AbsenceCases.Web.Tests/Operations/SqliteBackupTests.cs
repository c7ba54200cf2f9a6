using AbsenceCases.Application.Cases.Queries;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace AbsenceCases.Web.Tests.Operations;

/// <summary>
/// The backup command copies the SQLite database of a running installation while it serves requests, each of which
/// writes (a read of a case writes its audit row); a host started on the copy has the case.
/// </summary>
public sealed class SqliteBackupTests() : ApiTest(DatabaseProvider.Sqlite)
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "absencecases-backups", Guid.NewGuid().ToString("N"));

    [TearDown]
    public void DeleteBackups()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Test]
    public async Task ShouldBackUpWhileTheHostServesRequestsAndRestoreTheCaseFromTheCopy()
    {
        var manager = await World.ManagerA();
        var caseId = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-3));
        Directory.CreateDirectory(_folder);
        var target = Path.Combine(_folder, "absencecases-backup.db");

        using var backupDone = new CancellationTokenSource();
        var serving = ServeUntil(manager, caseId, backupDone.Token);
        var (exitCode, output) = await ProgramProcess.RunAsync(Factory.DatabasePath, "backup", target);
        await backupDone.CancelAsync();
        var servedMeanwhile = await serving;

        Assert.That(exitCode, Is.EqualTo(0), output);
        Assert.That(output, Does.Contain($"Backed up {Factory.DatabasePath} to {target}"));
        Assert.That(servedMeanwhile, Is.Not.Empty.And.All.EqualTo(HttpStatusCode.OK), "the host served, and wrote, while the backup ran");
        Assert.That(IntegrityOf(target), Is.EqualTo("ok"));
        await using var restored = new AbsenceCasesFactory(target, new FakeTimeProvider(AbsenceCasesFactory.DefaultNow));
        var restoredCase = await RestoredInstallation.ReadCaseAsManagerA(restored, caseId);
        Assert.That(
            (restoredCase.Employee.Id, restoredCase.FirstDay, restoredCase.Status),
            Is.EqualTo((World.EmployeeA, Today.AddDays(-3), AbsenceCases.Domain.Cases.CaseStatus.Reported)));
    }

    /// <summary>Reads the case again and again, until told to stop, and answers each request's status.</summary>
    private static async Task<List<HttpStatusCode>> ServeUntil(HttpClient client, Guid caseId, CancellationToken stop)
    {
        var statuses = new List<HttpStatusCode>();
        while (!stop.IsCancellationRequested)
        {
            using var response = await client.GetAsync($"/api/cases/{caseId}", CancellationToken.None);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }

    private static string IntegrityOf(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        return (string)check.ExecuteScalar()!;
    }
}
