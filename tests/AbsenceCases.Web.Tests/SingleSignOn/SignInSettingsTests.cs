using AbsenceCases.Web.Infrastructure.SingleSignOn;
using Microsoft.Extensions.Configuration;

namespace AbsenceCases.Web.Tests.SingleSignOn;

/// <summary>Local accounts are on by default only without a provider; a group map naming no real role stops the start.</summary>
public sealed class SignInSettingsTests
{
    [Test]
    public void ShouldKeepLocalAccountsOnWithoutAProvider() =>
        Assert.That(SignInSettings.From(Configuration([])).LocalAccounts, Is.True);

    [Test]
    public void ShouldSwitchLocalAccountsOffBesideAProviderUnlessTurnedOn()
    {
        var provider = new Dictionary<string, string?> { ["Auth:Oidc:Authority"] = "https://login.example/" };

        var byDefault = SignInSettings.From(Configuration(provider)).LocalAccounts;
        var turnedOn = SignInSettings.From(Configuration(new(provider) { ["Auth:LocalAccounts"] = "true" })).LocalAccounts;

        Assert.That((byDefault, turnedOn), Is.EqualTo((false, true)));
    }

    [Test]
    public void ShouldRefuseAGroupMapToARoleThatDoesNotExist()
    {
        var settings = Configuration(new() { ["Auth:Oidc:GroupRoles:sg-fravaer-chefer"] = "Boss" });

        var refusal = Assert.Throws<InvalidOperationException>(() => SignInSettings.From(settings));

        Assert.That(refusal!.Message, Does.Contain("Boss"));
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
