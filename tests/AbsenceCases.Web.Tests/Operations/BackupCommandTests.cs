using AbsenceCases.Web.Commands;
using Microsoft.Extensions.Configuration;

namespace AbsenceCases.Web.Tests.Operations;

/// <summary>The backup command's refusals: each names what is wrong, exits non-zero and leaves every file as it was.</summary>
public sealed class BackupCommandTests
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "absencecases-backups", Guid.NewGuid().ToString("N"));

    [SetUp]
    public void CreateFolder() => Directory.CreateDirectory(_folder);

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task ShouldRefuseToOverwriteAFileThatExists()
    {
        var database = Path.Combine(_folder, "absencecases.db");
        MigratedTemplate.CopyTo(database);
        var target = Path.Combine(_folder, "yesterday.db");
        await File.WriteAllTextAsync(target, "yesterday's backup");

        var (exitCode, output) = await Backup(Sqlite(database), target);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Does.Contain($"{target} exists already"));
        Assert.That(await File.ReadAllTextAsync(target), Is.EqualTo("yesterday's backup"));
    }

    [Test]
    public async Task ShouldRefuseOnPostgresAndPointToPgDump()
    {
        var target = Path.Combine(_folder, "backup.db");
        var postgres = Settings(("Database:Provider", "Postgres"), ("ConnectionStrings:AbsenceCases", "Host=127.0.0.1;Database=absencecases"));

        var (exitCode, output) = await Backup(postgres, target);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Does.Contain("pg_dump -Fc").And.Contain("pg_restore"));
        Assert.That(File.Exists(target), Is.False);
    }

    [Test]
    public async Task ShouldRefuseAnUnknownProviderWithItsReason()
    {
        var (exitCode, output) = await Backup(Settings(("Database:Provider", "Oracle")), Path.Combine(_folder, "backup.db"));

        Assert.That((exitCode, output.Trim()), Is.EqualTo((1, "Database:Provider is 'Oracle'; it must be one of Sqlite, Postgres.")));
    }

    [Test]
    public async Task ShouldRefuseADatabaseThatDoesNotExistWithoutCreatingIt()
    {
        var database = Path.Combine(_folder, "missing.db");
        var target = Path.Combine(_folder, "backup.db");

        var (exitCode, output) = await Backup(Sqlite(database), target);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Does.Contain($"There is no database at {database}"));
        Assert.That((File.Exists(database), File.Exists(target)), Is.EqualTo((false, false)));
    }

    [Test]
    public async Task ShouldRefuseATargetInAFolderThatDoesNotExist()
    {
        var database = Path.Combine(_folder, "absencecases.db");
        MigratedTemplate.CopyTo(database);
        var target = Path.Combine(_folder, "no-such-folder", "backup.db");

        var (exitCode, output) = await Backup(Sqlite(database), target);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Does.StartWith($"{target} cannot be written"));
    }

    [Test]
    public async Task ShouldAnswerHowToCallItWithoutATarget()
    {
        var output = new StringWriter();

        var exitCode = await BackupCommand.RunAsync(Settings(), ["backup"], output);

        Assert.That((exitCode, output.ToString().Trim()), Is.EqualTo((2, "Usage: backup <target-file>")));
    }

    private static async Task<(int ExitCode, string Output)> Backup(IConfiguration configuration, string target)
    {
        var output = new StringWriter();
        var exitCode = await BackupCommand.RunAsync(configuration, ["backup", target], output);
        return (exitCode, output.ToString());
    }

    private static IConfiguration Sqlite(string database) => Settings(("ConnectionStrings:AbsenceCases", $"Data Source={database}"));

    private static IConfiguration Settings(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
}
