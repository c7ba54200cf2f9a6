namespace AbsenceCases.Infrastructure.Persistence;

/// <summary>
/// Repairs what races stored before the database held the invariants, so that the unique indexes of one open case per
/// employee and of one spell per employee, type and first day can be created (migration AccessSessionsAuditRetention
/// runs <see cref="Sqlite"/> or <see cref="Postgres"/> before them; when the migrations are generated anew, run it
/// there again).
/// <list type="bullet">
/// <item>Of an employee's open cases the earliest (first day, then registration) goes on. Every later one is closed
/// (reason Other, today) with a history entry naming the case that goes on, and its spells move to that case; its
/// conversations, plan and history stay with it, readable as a closed case.</item>
/// <item>Of the spells of one employee, type and first day the one that knows most is kept: an ended one before an open
/// one, the latest last day, then the first stored. It takes the case of a deleted twin if it had none.</item>
/// </list>
/// </summary>
public static class DuplicateRepairs
{
    private const string ClosedNote =
        "Lukket ved opdateringen af databasen: medarbejderen havde flere åbne sager. Sagen fortsætter som sag ";

    private const string ClosedNoteEnd = ", og denne sags fraværsperioder er flyttet dertil.";

    public const string Sqlite = $"""
        CREATE TEMP TABLE "DuplicateOpenCases" AS
        SELECT "Id", "Kept", "Status" FROM (
            SELECT "Id", "Status", FIRST_VALUE("Id") OVER (PARTITION BY "EmployeeId" ORDER BY "FirstDay", "ReportedAt", "Id") AS "Kept"
            FROM "Cases" WHERE "Status" <> 'Closed')
        WHERE "Id" <> "Kept";

        UPDATE "Spells" SET "CaseId" = (SELECT d."Kept" FROM "DuplicateOpenCases" d WHERE d."Id" = "Spells"."CaseId")
        WHERE "CaseId" IN (SELECT "Id" FROM "DuplicateOpenCases");

        INSERT INTO "CaseHistory" ("CaseId", "At", "ByUserId", "ByName", "Action", "From", "To", "Note")
        SELECT "Id", (CAST(strftime('%s', 'now') AS INTEGER) * 10000 + 621355968000000) * 2048, 'system', 'AbsenceCases',
               'Close', "Status", 'Closed', '{ClosedNote}' || lower("Kept") || '{ClosedNoteEnd}'
        FROM "DuplicateOpenCases";

        UPDATE "Cases" SET "Status" = 'Closed', "ClosedOn" = date('now'), "CloseReason" = 'Other', "Version" = "Version" + 1
        WHERE "Id" IN (SELECT "Id" FROM "DuplicateOpenCases");

        DROP TABLE "DuplicateOpenCases";

        CREATE TEMP TABLE "DuplicateSpells" AS
        SELECT "Id", "Kept", "CaseId" FROM (
            SELECT "Id", "CaseId", FIRST_VALUE("Id") OVER (
                PARTITION BY "EmployeeId", "Type", "FirstDay" ORDER BY "LastDay" IS NULL, "LastDay" DESC, "Id") AS "Kept"
            FROM "Spells")
        WHERE "Id" <> "Kept";

        UPDATE "Spells" SET "CaseId" = (
            SELECT d."CaseId" FROM "DuplicateSpells" d WHERE d."Kept" = "Spells"."Id" AND d."CaseId" IS NOT NULL ORDER BY d."Id" LIMIT 1)
        WHERE "CaseId" IS NULL AND "Id" IN (SELECT "Kept" FROM "DuplicateSpells" WHERE "CaseId" IS NOT NULL);

        DELETE FROM "Spells" WHERE "Id" IN (SELECT "Id" FROM "DuplicateSpells");

        DROP TABLE "DuplicateSpells";
        """;

    public const string Postgres = $"""
        CREATE TEMP TABLE "DuplicateOpenCases" AS
        SELECT "Id", "Kept", "Status" FROM (
            SELECT "Id", "Status", FIRST_VALUE("Id") OVER (PARTITION BY "EmployeeId" ORDER BY "FirstDay", "ReportedAt", "Id") AS "Kept"
            FROM "Cases" WHERE "Status" <> 'Closed') AS open_cases
        WHERE "Id" <> "Kept";

        UPDATE "Spells" s SET "CaseId" = d."Kept" FROM "DuplicateOpenCases" d WHERE d."Id" = s."CaseId";

        INSERT INTO "CaseHistory" ("CaseId", "At", "ByUserId", "ByName", "Action", "From", "To", "Note")
        SELECT "Id", (EXTRACT(EPOCH FROM now())::bigint * 10000 + 621355968000000) * 2048, 'system', 'AbsenceCases',
               'Close', "Status", 'Closed', '{ClosedNote}' || "Kept"::text || '{ClosedNoteEnd}'
        FROM "DuplicateOpenCases";

        UPDATE "Cases" c SET "Status" = 'Closed', "ClosedOn" = CURRENT_DATE, "CloseReason" = 'Other', "Version" = c."Version" + 1
        FROM "DuplicateOpenCases" d WHERE d."Id" = c."Id";

        DROP TABLE "DuplicateOpenCases";

        CREATE TEMP TABLE "DuplicateSpells" AS
        SELECT "Id", "Kept", "CaseId" FROM (
            SELECT "Id", "CaseId", FIRST_VALUE("Id") OVER (
                PARTITION BY "EmployeeId", "Type", "FirstDay" ORDER BY "LastDay" DESC NULLS LAST, "Id") AS "Kept"
            FROM "Spells") AS spells
        WHERE "Id" <> "Kept";

        UPDATE "Spells" s SET "CaseId" = (
            SELECT d."CaseId" FROM "DuplicateSpells" d WHERE d."Kept" = s."Id" AND d."CaseId" IS NOT NULL ORDER BY d."Id" LIMIT 1)
        WHERE s."CaseId" IS NULL AND s."Id" IN (SELECT "Kept" FROM "DuplicateSpells" WHERE "CaseId" IS NOT NULL);

        DELETE FROM "Spells" WHERE "Id" IN (SELECT "Id" FROM "DuplicateSpells");

        DROP TABLE "DuplicateSpells";
        """;
}
