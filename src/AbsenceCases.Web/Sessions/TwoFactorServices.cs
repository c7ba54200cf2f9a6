namespace AbsenceCases.Web.Sessions;

public static class TwoFactorServices
{
    /// <summary>Two-factor sign-in of local accounts with Identity's authenticator (TOTP) and recovery codes.</summary>
    public static IServiceCollection AddTwoFactor(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton(TwoFactorSettings.From(configuration, environment));
        services.AddScoped<TwoFactorCheck>();
        services.AddScoped<AuthenticatorReplacement>();
        return services;
    }
}
