using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using AbsenceCases.Infrastructure.Persistence;

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

    /// <summary>Revokes every token of the family (unsaved).</summary>
    public async Task RevokeFamilyAsync(Guid familyId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var token in await db.RefreshTokens.Where(t => t.FamilyId == familyId && t.RevokedAt == null).ToListAsync(cancellationToken))
        {
            token.Revoke(now);
        }
    }

    public Task<bool> IsFamilyRevokedAsync(Guid familyId, CancellationToken cancellationToken) =>
        db.RefreshTokens.AnyAsync(t => t.FamilyId == familyId && t.RevokedAt != null, cancellationToken);

    /// <summary>Deletes the tokens of sessions past their absolute end: no longer usable, nor needed to detect a reuse.</summary>
    public Task DeleteEndedAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return db.RefreshTokens.Where(t => t.SessionEndsAt < now).ExecuteDeleteAsync(cancellationToken);
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
