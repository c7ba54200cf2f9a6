using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AbsenceCases.Migrations;

/// <summary>
/// Coordination and prevention: the weekly reviews of the coordination groups with a decision per case, the
/// next review and possibility-statement dates on a case, measure outcomes, and workplace prevention initiatives;
/// the date of the § 7a conversation on the case itself, so it outlives the conversations' anonymisation.
/// </summary>
[DbContext(typeof(ApplicationDbContext))]
[Migration("20261123180000_CoordinationAndPrevention")]
public sealed class CoordinationAndPrevention : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateOnly>(
            name: "NextReviewOn",
            table: "Cases",
            nullable: true);

        migrationBuilder.AddColumn<DateOnly>(
            name: "FirstConversationHeldOn",
            table: "Cases",
            nullable: true);

        migrationBuilder.Sql(
            "UPDATE \"Cases\" SET \"FirstConversationHeldOn\" = " +
            "(SELECT MIN(\"HeldOn\") FROM \"Conversations\" WHERE \"Conversations\".\"CaseId\" = \"Cases\".\"Id\");");

        migrationBuilder.AddColumn<DateOnly>(
            name: "PossibilityStatementRequestedOn",
            table: "Cases",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "OutcomeNote",
            table: "PreventionMeasures",
            maxLength: 2000,
            nullable: true);

        migrationBuilder.CreateTable(
            name: "CoordinationReviews",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                GroupId = table.Column<int>(nullable: false),
                HeldOn = table.Column<DateOnly>(nullable: false),
                Attendees = table.Column<string>(maxLength: 4000, nullable: false),
                RecordedAt = table.Column<long>(nullable: false),
                RecordedBy = table.Column<string>(maxLength: 450, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CoordinationReviews", x => x.Id);
                table.ForeignKey(
                    name: "FK_CoordinationReviews_CoordinationGroups_GroupId",
                    column: x => x.GroupId,
                    principalTable: "CoordinationGroups",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "PreventionInitiatives",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                UnitId = table.Column<int>(nullable: false),
                Type = table.Column<string>(maxLength: 40, nullable: false),
                Description = table.Column<string>(maxLength: 1000, nullable: false),
                StartOn = table.Column<DateOnly>(nullable: false),
                EndOn = table.Column<DateOnly>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PreventionInitiatives", x => x.Id);
                table.ForeignKey(
                    name: "FK_PreventionInitiatives_Units_UnitId",
                    column: x => x.UnitId,
                    principalTable: "Units",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "CoordinationReviewItems",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                ReviewId = table.Column<int>(nullable: false),
                CaseId = table.Column<Guid>(nullable: false),
                Decision = table.Column<string>(maxLength: 40, nullable: false),
                Note = table.Column<string>(maxLength: 2000, nullable: true),
                NextReviewOn = table.Column<DateOnly>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CoordinationReviewItems", x => x.Id);
                table.ForeignKey(
                    name: "FK_CoordinationReviewItems_Cases_CaseId",
                    column: x => x.CaseId,
                    principalTable: "Cases",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_CoordinationReviewItems_CoordinationReviews_ReviewId",
                    column: x => x.ReviewId,
                    principalTable: "CoordinationReviews",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_CoordinationReviewItems_CaseId",
            table: "CoordinationReviewItems",
            column: "CaseId");

        migrationBuilder.CreateIndex(
            name: "IX_CoordinationReviewItems_ReviewId",
            table: "CoordinationReviewItems",
            column: "ReviewId");

        migrationBuilder.CreateIndex(
            name: "IX_CoordinationReviews_GroupId_HeldOn",
            table: "CoordinationReviews",
            columns: new[] { "GroupId", "HeldOn" });

        migrationBuilder.CreateIndex(
            name: "IX_PreventionInitiatives_UnitId",
            table: "PreventionInitiatives",
            column: "UnitId");
    }

    /// <remarks>SQLite (3.35 and later) drops a column directly; see DeadlinesAndReminders.</remarks>
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "CoordinationReviewItems");

        migrationBuilder.DropTable(name: "CoordinationReviews");

        migrationBuilder.DropTable(name: "PreventionInitiatives");

        migrationBuilder.Sql("ALTER TABLE \"PreventionMeasures\" DROP COLUMN \"OutcomeNote\";");

        migrationBuilder.Sql("ALTER TABLE \"Cases\" DROP COLUMN \"PossibilityStatementRequestedOn\";");

        migrationBuilder.Sql("ALTER TABLE \"Cases\" DROP COLUMN \"FirstConversationHeldOn\";");

        migrationBuilder.Sql("ALTER TABLE \"Cases\" DROP COLUMN \"NextReviewOn\";");
    }
}
