namespace AbsenceCases.Infrastructure.Persistence;

/// <summary>
/// The triggers that make the audit log append-only at the database: an UPDATE of an audit row or of its subjects is
/// refused, and so is a DELETE, unless the row is older than the retention window that the retention job opens in its
/// own transaction (see <see cref="Domain.Auditing.AuditRetentionWindow"/>). The migrations create them with
/// <c>migrationBuilder.Sql</c>; when the migrations are generated anew, the one that creates the audit tables must run <see cref="Sqlite"/> or <see cref="Postgres"/> again.
/// </summary>
public static class AuditLogTriggers
{
    public const string Sqlite = """
        CREATE TRIGGER "AuditLog_RefuseUpdate" BEFORE UPDATE ON "AuditLog"
        BEGIN
            SELECT RAISE(ABORT, 'The audit log is append-only: an audit row cannot be changed.');
        END;

        CREATE TRIGGER "AuditLog_RefuseDelete" BEFORE DELETE ON "AuditLog"
        WHEN NOT EXISTS (SELECT 1 FROM "AuditRetentionWindow" w WHERE OLD."At" < w."DeleteBefore")
        BEGIN
            SELECT RAISE(ABORT, 'The audit log is append-only: only the retention deletes an audit row, once it is old enough.');
        END;

        CREATE TRIGGER "AuditLogSubjects_RefuseUpdate" BEFORE UPDATE ON "AuditLogSubjects"
        BEGIN
            SELECT RAISE(ABORT, 'The audit log is append-only: an audit row cannot be changed.');
        END;

        CREATE TRIGGER "AuditLogSubjects_RefuseDelete" BEFORE DELETE ON "AuditLogSubjects"
        WHEN NOT EXISTS (
            SELECT 1 FROM "AuditLog" a JOIN "AuditRetentionWindow" w ON a."At" < w."DeleteBefore" WHERE a."Id" = OLD."AuditEntryId")
        BEGIN
            SELECT RAISE(ABORT, 'The audit log is append-only: only the retention deletes an audit row, once it is old enough.');
        END;
        """;

    public const string DropSqlite = """
        DROP TRIGGER IF EXISTS "AuditLog_RefuseUpdate";
        DROP TRIGGER IF EXISTS "AuditLog_RefuseDelete";
        DROP TRIGGER IF EXISTS "AuditLogSubjects_RefuseUpdate";
        DROP TRIGGER IF EXISTS "AuditLogSubjects_RefuseDelete";
        """;

    public const string Postgres = """
        CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' AND EXISTS (SELECT 1 FROM "AuditRetentionWindow" w WHERE OLD."At" < w."DeleteBefore") THEN
                RETURN OLD;
            END IF;
            RAISE EXCEPTION 'The audit log is append-only: % of an audit row is refused.', TG_OP;
        END
        $$;

        CREATE FUNCTION audit_log_subjects_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' AND EXISTS (
                SELECT 1 FROM "AuditLog" a JOIN "AuditRetentionWindow" w ON a."At" < w."DeleteBefore" WHERE a."Id" = OLD."AuditEntryId") THEN
                RETURN OLD;
            END IF;
            RAISE EXCEPTION 'The audit log is append-only: % of an audit row is refused.', TG_OP;
        END
        $$;

        CREATE FUNCTION audit_log_refuse_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'The audit log is append-only: TRUNCATE is refused.';
        END
        $$;

        CREATE TRIGGER "AuditLog_RefuseChange" BEFORE UPDATE OR DELETE ON "AuditLog"
            FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
        CREATE TRIGGER "AuditLog_RefuseTruncate" BEFORE TRUNCATE ON "AuditLog"
            FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_truncate();
        CREATE TRIGGER "AuditLogSubjects_RefuseChange" BEFORE UPDATE OR DELETE ON "AuditLogSubjects"
            FOR EACH ROW EXECUTE FUNCTION audit_log_subjects_refuse_change();
        CREATE TRIGGER "AuditLogSubjects_RefuseTruncate" BEFORE TRUNCATE ON "AuditLogSubjects"
            FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_truncate();
        """;

    public const string DropPostgres = """
        DROP TRIGGER IF EXISTS "AuditLog_RefuseChange" ON "AuditLog";
        DROP TRIGGER IF EXISTS "AuditLog_RefuseTruncate" ON "AuditLog";
        DROP TRIGGER IF EXISTS "AuditLogSubjects_RefuseChange" ON "AuditLogSubjects";
        DROP TRIGGER IF EXISTS "AuditLogSubjects_RefuseTruncate" ON "AuditLogSubjects";
        DROP FUNCTION IF EXISTS audit_log_refuse_change();
        DROP FUNCTION IF EXISTS audit_log_subjects_refuse_change();
        DROP FUNCTION IF EXISTS audit_log_refuse_truncate();
        """;
}
