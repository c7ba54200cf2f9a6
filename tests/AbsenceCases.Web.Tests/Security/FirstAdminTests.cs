using System.Diagnostics;
using System.Text.RegularExpressions;
using AbsenceCases.Web.Tests.Ui;
using Microsoft.Extensions.Time.Testing;

namespace AbsenceCases.Web.Tests.Security;

/// <summary>The first Admin of a new installation comes from the create-admin command, never from the demo accounts.</summary>
public sealed partial class FirstAdminTests
{
    private readonly string _database = AbsenceCasesFactory.NewDatabasePath();

    [TearDown]
    public void DeleteDatabase() => new AbsenceCasesFactory(_database, new FakeTimeProvider()).DeleteDatabase();

    [Test]
    public async Task ShouldCreateTheFirstAdminOnAFreshDatabaseWhoMustChangeTheHandedOutPassword()
    {
        var (exitCode, output) = await CreateAdmin("--email", "it@kommune.dk", "--name", "IT-afdelingen");
        Assert.That(exitCode, Is.EqualTo(0), output);
        var password = OneTimePassword().Match(output).Groups[1].Value;
        Assert.That(password, Has.Length.EqualTo(20));

        await using var host = new AbsenceCasesFactory(_database, new FakeTimeProvider(AbsenceCasesFactory.DefaultNow));
        var token = (await (await host.CreateClient().PostJson("/api/auth/login", new { email = "it@kommune.dk", password }))
            .Read<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString()!;
        await (await host.CreateClient().WithBearer(token).GetAsync("/api/admin/users")).Problem(HttpStatusCode.Forbidden);

        var session = new UiSession(host);
        var landed = await session.Submit(await session.Get("/login"), "main form", new() { ["Email"] = "it@kommune.dk", ["Password"] = password });
        Assert.That(landed.Url, Is.EqualTo("/adgangskode"));
        Assert.That((await session.Get("/admin/brugere")).Url, Is.EqualTo("/adgangskode"), "nothing else until the password is changed");
        var wrong = await session.Submit(landed, "main form", new()
        {
            ["CurrentPassword"] = "ikke-den-rigtige", ["NewPassword"] = "min egen lange sætning", ["ConfirmPassword"] = "min egen lange sætning",
        });
        var tooShort = await session.Submit(landed, "main form", new()
        {
            ["CurrentPassword"] = password, ["NewPassword"] = "elleve tegn", ["ConfirmPassword"] = "elleve tegn",
        });
        var changed = await session.Submit(landed, "main form", new()
        {
            ["CurrentPassword"] = password, ["NewPassword"] = "min egen lange sætning", ["ConfirmPassword"] = "min egen lange sætning",
        });

        Assert.That(wrong.FieldError("CurrentPassword"), Does.EndWith("Den nuværende adgangskode er forkert."));
        Assert.That(tooShort.FieldError("NewPassword"), Does.EndWith("Adgangskoden skal have mindst 12 tegn."));
        Assert.That(changed.Url, Is.EqualTo("/login"), "a new password ends every session, this one too");
        Assert.That(changed.Html, Does.Contain("Din adgangskode er skiftet. Log ind med den nye."));
        var again = await session.Submit(changed, "main form", new() { ["Email"] = "it@kommune.dk", ["Password"] = "min egen lange sætning" });
        Assert.That((await session.Get("/admin/brugere")).Url, Is.EqualTo("/admin/brugere"), again.Url);
        var newToken = (await (await host.CreateClient().PostJson("/api/auth/login", new { email = "it@kommune.dk", password = "min egen lange sætning" }))
            .Read<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString()!;
        var users = await (await host.CreateClient().WithBearer(newToken).GetAsync("/api/admin/users")).Read<System.Text.Json.JsonElement>();
        Assert.That(users.EnumerateArray().Single().GetProperty("roles").EnumerateArray().Select(r => r.GetString()), Is.EqualTo(new[] { "Admin" }));
    }

    [Test]
    public async Task ShouldRefuseASecondAccountWithTheSameEmailAndAMissingEmail()
    {
        Assert.That((await CreateAdmin("--email", "it@kommune.dk")).ExitCode, Is.EqualTo(0));

        var again = await CreateAdmin("--email", "it@kommune.dk");
        var missing = await CreateAdmin();

        Assert.That(again, Is.EqualTo((1, again.Output)));
        Assert.That(again.Output, Does.Contain("exists already").And.Not.Contain("One-time password"));
        Assert.That(missing.ExitCode, Is.EqualTo(2));
        Assert.That(missing.Output, Does.Contain("Usage: create-admin --email"));
    }

    [Test]
    public void ShouldRefuseDemoDataOutsideDevelopment()
    {
        using var host = new AbsenceCasesFactory(_database, new FakeTimeProvider(), settings: new Dictionary<string, string> { ["Demo:Enabled"] = "true" });

        Assert.That(() => host.CreateClient(), Throws.InvalidOperationException.With.Message.Contains("Demo:Enabled is refused outside Development"));
    }

    /// <summary>The real program, as an operator runs it, on this test's database, in Production.</summary>
    private async Task<(int ExitCode, string Output)> CreateAdmin(params string[] options)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        start.ArgumentList.Add("create-admin");
        foreach (var option in options)
        {
            start.ArgumentList.Add(option);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(_database)!);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__AbsenceCases"] = $"Data Source={_database}";
        start.Environment["Jobs__Schedule"] = "false";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }

    [GeneratedRegex("One-time password: (\\S+)")]
    private static partial Regex OneTimePassword();
}
