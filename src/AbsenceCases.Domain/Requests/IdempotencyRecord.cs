namespace AbsenceCases.Domain.Requests;

/// <summary>The first answer to a request sent with an Idempotency-Key, returned again on a repeat.</summary>
public sealed class IdempotencyRecord
{
    private IdempotencyRecord()
    {
        UserId = Key = RequestName = RequestHash = Response = string.Empty;
    }

    public IdempotencyRecord(string userId, string key, string requestName, string requestHash, string response, DateTimeOffset createdAt)
    {
        UserId = userId;
        Key = key;
        RequestName = requestName;
        RequestHash = requestHash;
        Response = response;
        CreatedAt = createdAt;
    }

    public string UserId { get; private set; }

    public string Key { get; private set; }

    public string RequestName { get; private set; }

    public string RequestHash { get; private set; }

    public string Response { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
