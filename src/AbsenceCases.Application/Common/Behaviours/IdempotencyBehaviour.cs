using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AbsenceCases.Application.Common.Idempotency;
using AbsenceCases.Domain.Requests;

namespace AbsenceCases.Application.Common.Behaviours;

/// <summary>
/// Answers a repeated request with the same Idempotency-Key with the first answer. The key is claimed in
/// the same transaction as the work, so two requests racing with one key cannot both do it.
/// </summary>
public sealed class IdempotencyBehaviour<TRequest, TResponse>(IApplicationDbContext db, ICurrentUser user, MunicipalClock clock)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not IIdempotentRequest { IdempotencyKey: { Length: > 0 } key })
        {
            return await next();
        }

        var userId = user.Id ?? "anonymous";
        var requestName = typeof(TRequest).Name;
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request))));

        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var earlier = await db.IdempotencyRecords.FindAsync([userId, key], cancellationToken);
        if (earlier is not null)
        {
            if (earlier.RequestName != requestName || earlier.RequestHash != hash)
            {
                throw new ConflictException(RefusalCodes.Conflict.IdempotencyKeyReused);
            }

            return JsonSerializer.Deserialize<TResponse>(earlier.Response)!;
        }

        var response = await next();
        db.IdempotencyRecords.Add(new IdempotencyRecord(
            userId, key, requestName, hash, JsonSerializer.Serialize(response), clock.Now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return response;
    }
}
