using AbsenceCases.Application.Common.Security;
using AbsenceCases.Infrastructure.Demo;

namespace AbsenceCases.Web;

public static class Startup
{
    /// <summary>
    /// Before the host takes requests: migrates the database, makes sure the roles exist and, when demo data
    /// is on, loads it into an empty database.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var stopping = app.Lifetime.ApplicationStopping;
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(stopping);
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        if (app.Configuration.GetValue<bool>("Demo:Enabled"))
        {
            if (!app.Environment.IsDevelopment())
            {
                throw new InvalidOperationException(
                    "Demo:Enabled is refused outside Development: the demo accounts have a published password. Create the first admin with create-admin.");
            }

            await services.GetRequiredService<DemoDataLoader>().LoadIfEmptyAsync(Path.Combine(AppContext.BaseDirectory, "seeds"), stopping);
            app.Lifetime.ApplicationStarted.Register(() => AnnounceDemo(app));
        }
    }

    private static void AnnounceDemo(WebApplication app)
    {
        var accounts = string.Join(Environment.NewLine, DemoAccounts.All.Select(a => $"  {a.Email,-24} {a.Role}"));
        app.Logger.LogInformation(
            "AbsenceCases runs at {Urls} with demo data. Demo accounts, password {Password}:{NewLine}{Accounts}",
            string.Join(", ", app.Urls), DemoAccounts.Password, Environment.NewLine, accounts);
    }
}
