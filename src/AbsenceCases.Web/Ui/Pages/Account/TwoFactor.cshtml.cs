using AbsenceCases.Infrastructure.Identity;
using AbsenceCases.Infrastructure.Persistence;
using AbsenceCases.Web.Infrastructure;
using AbsenceCases.Web.Sessions;
using AbsenceCases.Web.Ui.Localisation;
using AbsenceCases.Web.Ui.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AbsenceCases.Web.Ui.Pages.Account;

/// <summary>
/// The signed-in user enrols an authenticator app: its key as a QR code and in groups, a first code to confirm it,
/// then recovery codes shown once. Required first of a local user whose role requires two-factor sign-in.
/// </summary>
public sealed class TwoFactorModel(
    UserManager<ApplicationUser> users, IUserStore<ApplicationUser> store, CookieSessions sessions, IdentityAudit audit, ApplicationDbContext db, UiTexts texts)
    : PageModel
{
    private const int RecoveryCodeCount = 10;

    [BindProperty]
    public string? Code { get; set; }

    public bool Enabled { get; private set; }

    public AuthenticatorKey? Key { get; private set; }

    /// <summary>Set only in the answer that turned two-factor on: they are never shown again.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public bool MustEnrol => User.HasClaim(claim => claim.Type == TwoFactorEnrolmentGate.PendingClaimType);

    public async Task OnGetAsync() => await ShowAsync(await SignedInUserAsync());

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await SignedInUserAsync();
        if (user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        var code = new string((Code ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        if (code.Length == 0)
        {
            ModelState.AddModelError(nameof(Code), texts.TwoFactor.CodeRequired);
        }
        else if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), texts.TwoFactor.WrongEnrolmentCode);
        }

        if (!ModelState.IsValid)
        {
            await ShowAsync(user);
            return Page();
        }

        // The session goes on, without the enrolment mark, under the security stamp that enabling two-factor renews.
        var session = (await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme)).Properties ?? new AuthenticationProperties();
        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        audit.Record(IdentityAudit.TwoFactorEnabled, user, allowed: true);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await sessions.RenewAsync(user, User, session);
        Enabled = true;
        return Page();
    }

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

        Key = new AuthenticatorKey(key, user.Email ?? user.UserName!, texts.Layout.AppName);
    }
}
