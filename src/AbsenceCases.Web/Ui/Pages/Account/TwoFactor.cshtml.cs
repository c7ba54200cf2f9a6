using AbsenceCases.Web.Infrastructure;
using AbsenceCases.Web.Sessions;
using Microsoft.AspNetCore.Authentication;

namespace AbsenceCases.Web.Ui.Pages.Account;

/// <summary>
/// The signed-in user enrols an authenticator app: its key as a QR code and in groups, a first code to confirm it,
/// then recovery codes shown once. Required first of a local user whose role requires two-factor sign-in. A user with
/// two-factor on may move it to a new app the same way (<see cref="AuthenticatorReplacement"/>).
/// </summary>
public sealed class TwoFactorModel(
    UserManager<ApplicationUser> users,
    IUserStore<ApplicationUser> store,
    AuthenticatorReplacement replacement,
    CookieSessions sessions,
    IdentityAudit audit,
    ApplicationDbContext db,
    UiTexts texts)
    : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public bool Enabled { get; private set; }

    public AuthenticatorKey? Key { get; private set; }

    /// <summary>The key shown is a new app's, replacing the one two-factor is on with.</summary>
    public bool Replacing { get; private set; }

    /// <summary>Set only in the answer that turned two-factor on, or moved it to a new app: they are never shown again.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public string? Done { get; private set; }

    public bool MustEnrol => User.HasClaim(claim => claim.Type == TwoFactorEnrolmentGate.PendingClaimType);

    public async Task OnGetAsync() => await ShowAsync(await SignedInUserAsync());

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await SignedInUserAsync();
        if (user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        var code = EnteredCode();
        if (code is null || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            RefuseCode(code);
            await ShowAsync(user);
            return Page();
        }

        // The session goes on, without the enrolment mark, under the security stamp that enabling two-factor renews.
        var session = await SessionAsync();
        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, TwoFactorSettings.RecoveryCodeCount) ?? []];
        audit.Record(IdentityAudit.TwoFactorEnabled, user, allowed: true);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await sessions.RenewAsync(user, User, session);
        Done = texts.TwoFactor.Enabled;
        return Page();
    }

    public async Task<IActionResult> OnPostNewAppAsync()
    {
        var user = await SignedInUserAsync();
        if (!user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        ShowNewKey(user, await replacement.StartAsync(user));
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmNewAppAsync()
    {
        var user = await SignedInUserAsync();
        if (!user.TwoFactorEnabled || await replacement.NewKeyAsync(user) is not { } newKey)
        {
            return RedirectToPage();
        }

        // The session goes on under the security stamp that the new key renews; the user's other sessions end.
        var session = await SessionAsync();
        var code = EnteredCode();
        if (code is null || await replacement.ConfirmAsync(user, newKey, code, HttpContext.RequestAborted) is not { } recoveryCodes)
        {
            RefuseCode(code);
            ShowNewKey(user, newKey);
            return Page();
        }

        await sessions.RenewAsync(user, User, session);
        RecoveryCodes = recoveryCodes;
        Done = texts.TwoFactor.AppReplaced;
        return Page();
    }

    /// <summary>The digits of the code entered, or none when none were.</summary>
    private string? EnteredCode() => new string((Code ?? string.Empty).Where(char.IsAsciiDigit).ToArray()) is { Length: > 0 } code ? code : null;

    private void RefuseCode(string? code) =>
        ModelState.AddModelError(nameof(Code), code is null ? texts.TwoFactor.CodeRequired : texts.TwoFactor.WrongEnrolmentCode);

    private async Task<AuthenticationProperties> SessionAsync() =>
        (await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme)).Properties ?? new AuthenticationProperties();

    private async Task<ApplicationUser> SignedInUserAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in user no longer exists.");

    private async Task ShowAsync(ApplicationUser user)
    {
        Enabled = user.TwoFactorEnabled;
        if (Enabled)
        {
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // Not ResetAuthenticatorKeyAsync: it renews the security stamp, which would end this very session, while a key
            // not yet confirmed enables nothing.
            key = users.GenerateNewAuthenticatorKey();
            await ((IUserAuthenticatorKeyStore<ApplicationUser>)store).SetAuthenticatorKeyAsync(user, key, HttpContext.RequestAborted);
            await users.UpdateAsync(user);
        }

        Key = KeyFor(user, key);
    }

    private void ShowNewKey(ApplicationUser user, string key)
    {
        Enabled = true;
        Replacing = true;
        Key = KeyFor(user, key);
    }

    private AuthenticatorKey KeyFor(ApplicationUser user, string key) => new(key, user.Email ?? user.UserName!, texts.Layout.AppName);
}
