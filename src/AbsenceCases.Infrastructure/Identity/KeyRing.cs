using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AbsenceCases.Infrastructure.Identity;

/// <summary>
/// The keys that protect cookies, bearer and refresh tokens live in the database, so that every instance and every
/// restart accepts them; with <c>DataProtection:Certificate:Path</c> (a PKCS#12 file) they are encrypted at rest.
/// </summary>
public static class KeyRing
{
    /// <summary>One name for every instance, whatever folder it runs from: keys are isolated by application name.</summary>
    public const string ApplicationName = "AbsenceCases";

    public static IServiceCollection AddKeyRing(this IServiceCollection services, IConfiguration configuration)
    {
        var keys = services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<ApplicationDbContext>();
        if (configuration["DataProtection:Certificate:Path"] is { Length: > 0 } path)
        {
            keys.ProtectKeysWithCertificate(
                X509CertificateLoader.LoadPkcs12FromFile(path, configuration["DataProtection:Certificate:Password"]));
        }

        return services;
    }
}
