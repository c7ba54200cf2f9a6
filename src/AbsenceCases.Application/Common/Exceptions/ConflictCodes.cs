namespace AbsenceCases.Application.Common.Exceptions;

/// <summary>Why a request clashes with data already there or with another request.</summary>
[MessageCodes]
public static class ConflictCodes
{
    public const string CaseChanged = "conflict.caseChanged";
    public const string ChangedMeanwhile = "conflict.changedMeanwhile";
    public const string CaseChangedMeanwhile = "conflict.caseChangedMeanwhile";
    public const string StoredMeanwhile = "conflict.storedMeanwhile";
    public const string DatabaseBusy = "conflict.databaseBusy";
    public const string IdempotencyKeyReused = "conflict.idempotencyKeyReused";
    public const string Stale = "conflict.stale";
}
