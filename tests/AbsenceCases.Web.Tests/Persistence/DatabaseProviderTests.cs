using AbsenceCases.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;

namespace AbsenceCases.Web.Tests.Persistence;

public sealed class DatabaseProviderTests
{
    [TestCase(null, DatabaseProvider.Sqlite)]
    [TestCase("Sqlite", DatabaseProvider.Sqlite)]
    [TestCase("Postgres", DatabaseProvider.Postgres)]
    [TestCase("postgres", DatabaseProvider.Postgres)]
    public void ShouldChooseTheConfiguredProvider(string? setting, DatabaseProvider expected) =>
        Assert.That(DatabaseOptions.ProviderOf(Settings(("Database:Provider", setting))), Is.EqualTo(expected));

    [TestCase("SqlServer")]
    [TestCase("1")]
    public void ShouldRefuseToStartOnAnUnknownProvider(string setting) =>
        Assert.That(
            () => DatabaseOptions.ProviderOf(Settings(("Database:Provider", setting))),
            Throws.InvalidOperationException.With.Message.Contains("Database:Provider").And.Message.Contains("Sqlite, Postgres"));

    [Test]
    public void ShouldRefuseToStartOnPostgresWithoutAConnectionString() =>
        Assert.That(
            () => DatabaseOptions.ConnectionStringOf(Settings(), DatabaseProvider.Postgres),
            Throws.InvalidOperationException.With.Message.Contains("ConnectionStrings:AbsenceCases"));

    [Test]
    public void ShouldRefuseToStartTheHostOnAnUnknownProvider()
    {
        using var factory = AbsenceCasesFactory.OnNewDatabase(settings: new Dictionary<string, string> { ["Database:Provider"] = "Oracle" });

        Assert.That(() => factory.CreateClient(), Throws.InvalidOperationException.With.Message.Contains("Database:Provider is 'Oracle'"));
    }

    private static IConfiguration Settings(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
}
