using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AbsenceCases.Migrations;

/// <summary>
/// Deadlines and reminders: the dates of the remaining legal deadlines on a case, follow-up of measures,
/// anonymisation, and the reminder, inbox and e-mail outbox tables.
/// </summary>
[DbContext(typeof(ApplicationDbContext))]
[Migration("20261123150000_DeadlinesAndReminders")]
public sealed class DeadlinesAndReminders : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateOnly>(
            name: "MunicipalityNotifiedOn",
            table: "Cases",
            nullable: true);

        migrationBuilder.AddColumn<DateOnly>(
            name: "FastTrackRequestedOn",
            table: "Cases",
            nullable: true);

        migrationBuilder.AddColumn<DateOnly>(
            name: "RetentionPlanRequestedOn",
            table: "Cases",
            nullable: true);

        migrationBuilder.AddColumn<DateOnly>(
            name: "RetentionPlanMadeOn",
            table: "Cases",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "RetentionPlan",
            table: "Cases",
            maxLength: 4000,
            nullable: true);

        migrationBuilder.AddColumn<DateOnly>(
            name: "RoundTableHeldOn",
            table: "Cases",
            nullable: true);

        migrationBuilder.AddColumn<DateOnly>(
            name: "LastReviewedOn",
            table: "Cases",
            nullable: true);

        migrationBuilder.AddColumn<DateOnly>(
            name: "AnonymisedOn",
            table: "Cases",
            nullable: true);

        migrationBuilder.AddColumn<DateOnly>(
            name: "CompletedOn",
            table: "PreventionMeasures",
            nullable: true);

        migrationBuilder.CreateTable(
            name: "EmailMessages",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                To = table.Column<string>(maxLength: 256, nullable: false),
                Subject = table.Column<string>(maxLength: 300, nullable: false),
                Body = table.Column<string>(maxLength: 8000, nullable: false),
                CreatedAt = table.Column<long>(nullable: false),
                Attempts = table.Column<int>(nullable: false),
                NextAttemptAt = table.Column<long>(nullable: false),
                ClaimedUntil = table.Column<long>(nullable: true),
                SentAt = table.Column<long>(nullable: true),
                GaveUpAt = table.Column<long>(nullable: true),
                LastError = table.Column<string>(maxLength: 500, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EmailMessages", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Notifications",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                UserId = table.Column<string>(nullable: false),
                Kind = table.Column<string>(maxLength: 30, nullable: false),
                CaseId = table.Column<Guid>(nullable: true),
                DueDate = table.Column<DateOnly>(nullable: true),
                Message = table.Column<string>(maxLength: 2000, nullable: false),
                CreatedAt = table.Column<long>(nullable: false),
                ReadAt = table.Column<long>(nullable: true),
                Key = table.Column<string>(maxLength: 200, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Notifications", x => x.Id);
                table.ForeignKey(
                    name: "FK_Notifications_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_Notifications_Cases_CaseId",
                    column: x => x.CaseId,
                    principalTable: "Cases",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Reminders",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                CaseId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 40, nullable: false),
                DueDate = table.Column<DateOnly>(nullable: false),
                RecipientUserId = table.Column<string>(nullable: false),
                Stage = table.Column<string>(maxLength: 20, nullable: false),
                SentAt = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Reminders", x => x.Id);
                table.ForeignKey(
                    name: "FK_Reminders_AspNetUsers_RecipientUserId",
                    column: x => x.RecipientUserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_Reminders_Cases_CaseId",
                    column: x => x.CaseId,
                    principalTable: "Cases",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_EmailMessages_SentAt_NextAttemptAt",
            table: "EmailMessages",
            columns: new[] { "SentAt", "NextAttemptAt" });

        migrationBuilder.CreateIndex(
            name: "IX_Notifications_CaseId",
            table: "Notifications",
            column: "CaseId");

        migrationBuilder.CreateIndex(
            name: "IX_Notifications_UserId_Key",
            table: "Notifications",
            columns: new[] { "UserId", "Key" },
            unique: true,
            filter: "\"Key\" IS NOT NULL");

        migrationBuilder.CreateIndex(
            name: "IX_Notifications_UserId_ReadAt",
            table: "Notifications",
            columns: new[] { "UserId", "ReadAt" });

        migrationBuilder.CreateIndex(
            name: "IX_Reminders_CaseId_Kind_DueDate_RecipientUserId_Stage",
            table: "Reminders",
            columns: new[] { "CaseId", "Kind", "DueDate", "RecipientUserId", "Stage" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Reminders_RecipientUserId",
            table: "Reminders",
            column: "RecipientUserId");
    }

    /// <remarks>
    /// EF Core's SQLite provider drops a column by rebuilding the table from a model snapshot, which hand-written
    /// migrations do not have; SQLite (3.35 and later) drops it directly.
    /// </remarks>
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "Reminders");

        migrationBuilder.DropTable(name: "Notifications");

        migrationBuilder.DropTable(name: "EmailMessages");

        migrationBuilder.Sql("ALTER TABLE \"PreventionMeasures\" DROP COLUMN \"CompletedOn\";");

        migrationBuilder.Sql("ALTER TABLE \"Cases\" DROP COLUMN \"AnonymisedOn\";");

        migrationBuilder.Sql("ALTER TABLE \"Cases\" DROP COLUMN \"LastReviewedOn\";");

        migrationBuilder.Sql("ALTER TABLE \"Cases\" DROP COLUMN \"RoundTableHeldOn\";");

        migrationBuilder.Sql("ALTER TABLE \"Cases\" DROP COLUMN \"RetentionPlan\";");

        migrationBuilder.Sql("ALTER TABLE \"Cases\" DROP COLUMN \"RetentionPlanMadeOn\";");

        migrationBuilder.Sql("ALTER TABLE \"Cases\" DROP COLUMN \"RetentionPlanRequestedOn\";");

        migrationBuilder.Sql("ALTER TABLE \"Cases\" DROP COLUMN \"FastTrackRequestedOn\";");

        migrationBuilder.Sql("ALTER TABLE \"Cases\" DROP COLUMN \"MunicipalityNotifiedOn\";");
    }
}
