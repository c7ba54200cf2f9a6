using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace AbsenceCases.Infrastructure.Identity;

/// <summary>The server's record of refresh tokens: random values handed out once, kept only as SHA-256 hashes.</summary>
public sealed class RefreshTokens(ApplicationDbContext db, TimeProvider time)
{
    /// <summary>Adds the next token of the family (unsaved) and returns its value for the caller.</summary>
    public string Issue(ApplicationUser user, Guid familyId, DateTimeOffset sessionEndsAt)
    {
        var now = time.GetUtcNow();
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var idleEnd = now + SessionLimits.Idle;
        db.RefreshTokens.Add(new RefreshToken(
            user.Id, familyId, Hash(token), user.SecurityStamp ?? string.Empty, now, idleEnd < sessionEndsAt ? idleEnd : sessionEndsAt, sessionEndsAt));
        return token;
    }

    public Task<RefreshToken?> FindAsync(string token, CancellationToken cancellationToken)
    {
        var hash = Hash(token);
        return db.RefreshTokens.SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
