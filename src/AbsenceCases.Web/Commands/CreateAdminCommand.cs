using System.Security.Cryptography;
using AbsenceCases.Application.Common.Security;

namespace AbsenceCases.Web.Commands;

/// <summary>
/// <c>create-admin --email … [--name …]</c>: the first administrator of a new installation, with a one-time password
/// printed once, which must be changed at the first sign-in.
/// </summary>
public static class CreateAdminCommand
{
    public const string Name = "create-admin";

    private const string PasswordAlphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var email = OptionOf(args, "--email")?.Trim();
        if (string.IsNullOrEmpty(email) || !email.Contains('@'))
        {
            await output.WriteLineAsync("Usage: create-admin --email <e-mail> [--name <display name>]");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            await output.WriteLineAsync($"A user with the e-mail {email} exists already; give them the Admin role on the Users page.");
            return 1;
        }

        var password = RandomNumberGenerator.GetString(PasswordAlphabet, 20);
        var admin = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = OptionOf(args, "--name") ?? email,
            MustChangePassword = true,
        };
        var created = await users.CreateAsync(admin, password);
        var granted = created.Succeeded ? await users.AddToRoleAsync(admin, Roles.Admin) : created;
        if (!granted.Succeeded)
        {
            await output.WriteLineAsync($"The admin could not be created: {string.Join(" ", granted.Errors.Select(e => e.Description))}");
            return 1;
        }

        await output.WriteLineAsync($"Admin {email} created. One-time password: {password}");
        await output.WriteLineAsync("It must be changed at the first sign-in.");
        return 0;
    }

    private static string? OptionOf(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
