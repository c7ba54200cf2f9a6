using Npgsql;

namespace AbsenceCases.Infrastructure.Persistence;

/// <summary>
/// PostgreSQL is busy when a lock wait passed lock_timeout (55P03 lock_not_available) or it chose this transaction to
/// undo a conflict (40001 serialization_failure, 40P01 deadlock_detected); 23505 is a unique violation.
/// </summary>
internal sealed class PostgresErrors : DatabaseErrors
{
    protected override bool IsBusy(DbException error) =>
        error is PostgresException { SqlState: PostgresErrorCodes.LockNotAvailable or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected };

    protected override bool IsUniqueViolation(DbException error) =>
        error is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
