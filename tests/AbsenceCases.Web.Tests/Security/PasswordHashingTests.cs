using System.Buffers.Binary;
using AbsenceCases.Infrastructure.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AbsenceCases.Web.Tests.Security;

/// <summary>
/// The application hashes passwords with Identity's default: PBKDF2 with HMAC-SHA512 and 100,000 iterations. Only the
/// test hosts lower the count (<see cref="AbsenceCasesFactory.PasswordHashIterations"/>).
/// </summary>
public sealed class PasswordHashingTests
{
    [TestCase("Production")]
    [TestCase("Development")]
    public void ShouldHashWithIdentitysDefaultIterationsInTheApplication(string environment)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Configuration["ConnectionStrings:AbsenceCases"] = "Data Source=:memory:";
        builder.AddAbsenceCases();
        using var services = builder.Services.BuildServiceProvider();

        var hash = services.GetRequiredService<IPasswordHasher<ApplicationUser>>().HashPassword(new ApplicationUser(), TestWorld.Password);

        Assert.That(IterationsOf(hash), Is.EqualTo(100_000));
    }

    /// <summary>Identity's version 3 hash: a format marker, the PRF, the iteration count (big-endian), then salt and subkey.</summary>
    private static int IterationsOf(string hash) => BinaryPrimitives.ReadInt32BigEndian(Convert.FromBase64String(hash).AsSpan(5, 4));
}
