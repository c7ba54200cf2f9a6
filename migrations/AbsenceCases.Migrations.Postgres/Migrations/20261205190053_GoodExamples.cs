using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace AbsenceCases.Migrations.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    InitiativeId = table.Column<int>(type: "integer", nullable: true),
                    MeasurementId = table.Column<int>(type: "integer", nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WhatWasDone = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    WhatCameOfIt = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    MarkedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Figures_AbsenceAfterPercent = table.Column<double>(type: "double precision", nullable: false),
                    Figures_AbsenceBeforePercent = table.Column<double>(type: "double precision", nullable: false),
                    Figures_AfterFrom = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Figures_AfterTo = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Figures_BeforeFrom = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Figures_BeforeTo = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Figures_WellbeingAfter = table.Column<double>(type: "double precision", precision: 5, scale: 2, nullable: true),
                    Figures_WellbeingBefore = table.Column<double>(type: "double precision", precision: 5, scale: 2, nullable: true)
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
