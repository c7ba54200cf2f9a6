using AbsenceCases.Web.Sessions;

namespace AbsenceCases.Web.Ui.Pages.Account;

/// <summary>
/// The signed-in user chooses a new password; required first after <c>create-admin</c> handed one out. A new password
/// ends every session of the user, this one too: they sign in again with it.
/// </summary>
public sealed class ChangePasswordModel(UserManager<ApplicationUser> users, SessionTokens sessions, UiTexts texts) : PageModel
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public bool MustChange => User.HasClaim(DisplayNameClaimsFactory.MustChangePasswordClaim, "true");

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        foreach (var (field, value) in new[] { (nameof(CurrentPassword), CurrentPassword), (nameof(NewPassword), NewPassword), (nameof(ConfirmPassword), ConfirmPassword) })
        {
            if (string.IsNullOrEmpty(value))
            {
                ModelState.AddModelError(field, texts.Password.Required);
            }
        }

        if (ModelState.IsValid && NewPassword != ConfirmPassword)
        {
            ModelState.AddModelError(nameof(ConfirmPassword), texts.Password.NotConfirmed);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in user no longer exists.");
        var result = await users.ChangePasswordAsync(user, CurrentPassword!, NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var wrongCurrent = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch);
                ModelState.AddModelError(wrongCurrent ? nameof(CurrentPassword) : nameof(NewPassword), wrongCurrent ? texts.Password.WrongCurrent : texts.Password.TooShort);
            }

            return Page();
        }

        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await sessions.EndAsync(User, HttpContext.RequestAborted);
        TempData[UiFlash.Key] = texts.Password.Changed;
        return LocalRedirect(UiServices.LoginPath);
    }
}
