namespace AbsenceCases.Application.Common.Idempotency;

/// <summary>A creating request that may carry an Idempotency-Key: a repeat with the same key gets the first answer.</summary>
public interface IIdempotentRequest
{
    string? IdempotencyKey { get; }
}
