namespace AbsenceCases.Domain.Auditing;

/// <summary>
/// While the retention job deletes old audit rows it opens this window, in its own transaction and closed again before
/// it commits: the database's triggers let a row be deleted only when it is older than an open window.
/// </summary>
public sealed class AuditRetentionWindow(DateTimeOffset deleteBefore)
{
    public const int TheOnlyId = 1;

    public int Id { get; private set; } = TheOnlyId;

    public DateTimeOffset DeleteBefore { get; private set; } = deleteBefore;
}
