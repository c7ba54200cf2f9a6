using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AbsenceCases.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class WorkplaceFollowUps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FollowUpStep",
                table: "Notifications",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MeasurementId",
                table: "Notifications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "UnitId",
                table: "Notifications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FollowUps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeasurementId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    TeamDiscussedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MedDiscussedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LeadershipDiscussedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ActionPlanOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUps_Measurements_MeasurementId",
                        column: x => x.MeasurementId,
                        principalTable: "Measurements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FollowUps_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionPlanMeasures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FollowUpId = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ResponsibleUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Responsible = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FollowUpOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OutcomeNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionPlanMeasures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionPlanMeasures_FollowUps_FollowUpId",
                        column: x => x.FollowUpId,
                        principalTable: "FollowUps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FollowUpReminders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeasurementId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Step = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    MeasureId = table.Column<int>(type: "INTEGER", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecipientUserId = table.Column<string>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUpReminders_ActionPlanMeasures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "ActionPlanMeasures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FollowUpReminders_AspNetUsers_RecipientUserId",
                        column: x => x.RecipientUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FollowUpReminders_Measurements_MeasurementId",
                        column: x => x.MeasurementId,
                        principalTable: "Measurements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FollowUpReminders_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_MeasurementId",
                table: "Notifications",
                column: "MeasurementId");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UnitId",
                table: "Notifications",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlanMeasures_FollowUpId",
                table: "ActionPlanMeasures",
                column: "FollowUpId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpReminders_MeasureId_DueDate_RecipientUserId_Stage",
                table: "FollowUpReminders",
                columns: new[] { "MeasureId", "DueDate", "RecipientUserId", "Stage" },
                unique: true,
                filter: "\"MeasureId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpReminders_MeasurementId_UnitId_Step_DueDate_RecipientUserId_Stage",
                table: "FollowUpReminders",
                columns: new[] { "MeasurementId", "UnitId", "Step", "DueDate", "RecipientUserId", "Stage" },
                unique: true,
                filter: "\"MeasureId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpReminders_RecipientUserId",
                table: "FollowUpReminders",
                column: "RecipientUserId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpReminders_UnitId",
                table: "FollowUpReminders",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_MeasurementId_UnitId",
                table: "FollowUps",
                columns: new[] { "MeasurementId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_UnitId",
                table: "FollowUps",
                column: "UnitId");

            migrationBuilder.AddForeignKey(
                name: "FK_Notifications_Measurements_MeasurementId",
                table: "Notifications",
                column: "MeasurementId",
                principalTable: "Measurements",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Notifications_Units_UnitId",
                table: "Notifications",
                column: "UnitId",
                principalTable: "Units",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Notifications_Measurements_MeasurementId",
                table: "Notifications");

            migrationBuilder.DropForeignKey(
                name: "FK_Notifications_Units_UnitId",
                table: "Notifications");

            migrationBuilder.DropTable(
                name: "FollowUpReminders");

            migrationBuilder.DropTable(
                name: "ActionPlanMeasures");

            migrationBuilder.DropTable(
                name: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_Notifications_MeasurementId",
                table: "Notifications");

            migrationBuilder.DropIndex(
                name: "IX_Notifications_UnitId",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "FollowUpStep",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "MeasurementId",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "UnitId",
                table: "Notifications");
        }
    }
}
