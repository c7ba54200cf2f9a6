namespace AbsenceCases.Domain.Requests;

/// <summary>The first answer to a request sent with an Idempotency-Key, returned again on a repeat.</summary>
public sealed class IdempotencyRecord(string userId, string key, string requestName, string requestHash, string response, DateTimeOffset createdAt)
{
    public string UserId { get; private set; } = userId;

    public string Key { get; private set; } = key;

    public string RequestName { get; private set; } = requestName;

    public string RequestHash { get; private set; } = requestHash;

    public string Response { get; private set; } = response;

    public DateTimeOffset CreatedAt { get; private set; } = createdAt;
}
