using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AbsenceCases.Web.Tests.Ui;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AbsenceCases.Web.Tests.Security;

/// <summary>The data-protection keys live in the database: restarts and other instances accept cookies and tokens.</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class KeyRingTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task ShouldKeepTheCookieValidAfterARestart()
    {
        var cookies = new CookieContainer();
        var before = new UiSession(Factory, cookies);
        var login = await before.Get("/login");
        await before.Submit(login, "main form", new() { ["Email"] = "leder.a@test.local", ["Password"] = TestWorld.Password });
        await Factory.DisposeAsync();

        await using var restarted = Factory.Restarted();
        var page = await new UiSession(restarted, cookies).Get("/", follow: false);

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Document.QuerySelector("h1")!.TextContent, Is.EqualTo("Mine sager"));
    }

    [Test]
    public async Task ShouldLetTwoInstancesOnOneDatabaseAcceptEachOthersTokens()
    {
        var token = await AccessTokenOf(Factory);
        await using var second = Factory.Restarted();

        var fromSecond = await second.CreateClient().WithBearer(token).GetAsync("/api/auth/me");
        var fromFirst = await Factory.CreateClient().WithBearer(await AccessTokenOf(second)).GetAsync("/api/auth/me");

        Assert.That(fromSecond.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(fromFirst.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ShouldNotShareKeysWithAnotherInstallationOnTheSameMachine()
    {
        var token = await AccessTokenOf(Factory);
        await using var other = AbsenceCasesFactory.OnNewDatabase();
        await TestWorld.CreateAsync(other);

        var response = await other.CreateClient().WithBearer(token).GetAsync("/api/auth/me");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        other.DeleteDatabase();
    }

    [Test]
    public async Task ShouldEncryptTheKeysAtRestWithTheConfiguredCertificate()
    {
        var certificate = Path.Combine(Path.GetTempPath(), $"absencecases-keys-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(certificate, SelfSignedCertificate("kode-1234"));
        var settings = new Dictionary<string, string>
        {
            ["DataProtection:Certificate:Path"] = certificate,
            ["DataProtection:Certificate:Password"] = "kode-1234",
        };
        try
        {
            await using var encrypted = AbsenceCasesFactory.OnNewDatabase(settings: settings);
            await TestWorld.CreateAsync(encrypted);
            var token = await AccessTokenOf(encrypted);
            var stored = await StoredKeys(encrypted);
            await encrypted.DisposeAsync();
            await using var restarted = encrypted.Restarted();

            var response = await restarted.CreateClient().WithBearer(token).GetAsync("/api/auth/me");

            Assert.That(stored, Is.Not.Empty);
            Assert.That(stored, Has.All.Contain("EncryptedData").And.All.Not.Contain("<masterKey"));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            encrypted.DeleteDatabase();
        }
        finally
        {
            File.Delete(certificate);
        }
    }

    [Test]
    public async Task ShouldStoreTheKeysInTheDatabaseInTheClearWithoutACertificate()
    {
        await AccessTokenOf(Factory);

        var stored = await StoredKeys(Factory);

        Assert.That(stored, Has.Count.EqualTo(1));
        Assert.That(stored[0], Does.Contain("<masterKey"));
    }

    private static async Task<string> AccessTokenOf(AbsenceCasesFactory factory)
    {
        var response = await factory.CreateClient().PostJson("/api/auth/login", new { email = "leder.a@test.local", password = TestWorld.Password });
        return (await response.Read<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static async Task<List<string>> StoredKeys(AbsenceCasesFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        return await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
    }

    private static byte[] SelfSignedCertificate(string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=AbsenceCases keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return certificate.Export(X509ContentType.Pkcs12, password);
    }
}
