using AbsenceCases.TestIdentityProvider;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AbsenceCases.Web.Tests.Infrastructure;

/// <summary>
/// A browser's way through the authorization code flow, step by step: the application sends it to the provider,
/// the provider's sign-in form is answered with <paramref name="email"/>, and the provider sends it back with a code.
/// </summary>
public sealed class ProviderSignInFlow(AbsenceCasesFactory app)
{
    /// <summary>The application's client id at the provider, and its redirect base as the test host names itself.</summary>
    public const string ClientId = "absencecases";

    public const string ClientSecret = "absencecases-secret";

    public static readonly Uri AppBase = new("http://localhost/");

    /// <summary>The application as the browser sees it: its cookies, no automatic redirects.</summary>
    public HttpClient Browser { get; } = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static Dictionary<string, string> Settings(LoopbackIdentityProvider provider) => new()
    {
        ["Auth:Oidc:Authority"] = provider.Authority.ToString(),
        ["Auth:Oidc:ClientId"] = ClientId,
        ["Auth:Oidc:ClientSecret"] = ClientSecret,
        ["Auth:Oidc:Audience"] = LoopbackIdentityProvider.ApiAudience,
        ["Auth:Oidc:RequireHttpsMetadata"] = "false",
        ["Auth:Oidc:GroupRoles:sg-fravaer-ledere"] = "Manager",
        ["Auth:Oidc:GroupRoles:sg-fravaer-hr"] = "HR",
    };

    /// <summary>Signs in as <paramref name="email"/> and answers where the application then sends the browser.</summary>
    public async Task<string> SignInAsync(string email)
    {
        var challenge = await Browser.GetAsync("/login/sso?returnUrl=%2F");
        Assert.That(challenge.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the application sends the browser to the provider");

        using var provider = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var signedIn = await provider.GetAsync($"{challenge.Headers.Location}&test_user={Uri.EscapeDataString(email)}");
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await signedIn.Content.ReadAsStringAsync());
        var callback = signedIn.Headers.Location!;
        Assert.That(callback.GetLeftPart(UriPartial.Path), Is.EqualTo(new Uri(AppBase, "signin-oidc").ToString()));

        var landed = await Browser.GetAsync(callback.PathAndQuery);
        Assert.That(landed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await landed.Content.ReadAsStringAsync());
        return landed.Headers.Location!.OriginalString;
    }
}
