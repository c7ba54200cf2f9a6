using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AbsenceCases.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class GoodExamples : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GoodExamples",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: true),
                    MeasurementId = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WhatWasDone = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    WhatCameOfIt = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    MarkedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Figures_AbsenceAfterPercent = table.Column<double>(type: "REAL", nullable: false),
                    Figures_AbsenceBeforePercent = table.Column<double>(type: "REAL", nullable: false),
                    Figures_AfterFrom = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Figures_AfterTo = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Figures_BeforeFrom = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Figures_BeforeTo = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Figures_WellbeingAfter = table.Column<double>(type: "REAL", precision: 5, scale: 2, nullable: true),
                    Figures_WellbeingBefore = table.Column<double>(type: "REAL", precision: 5, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoodExamples", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GoodExamples_Measurements_MeasurementId",
                        column: x => x.MeasurementId,
                        principalTable: "Measurements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_GoodExamples_PreventionInitiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "PreventionInitiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_GoodExamples_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GoodExamples_InitiativeId",
                table: "GoodExamples",
                column: "InitiativeId");

            migrationBuilder.CreateIndex(
                name: "IX_GoodExamples_MeasurementId",
                table: "GoodExamples",
                column: "MeasurementId");

            migrationBuilder.CreateIndex(
                name: "IX_GoodExamples_UnitId",
                table: "GoodExamples",
                column: "UnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GoodExamples");
        }
    }
}
