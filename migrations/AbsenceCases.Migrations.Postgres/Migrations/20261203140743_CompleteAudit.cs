using System;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace AbsenceCases.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CompleteAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClientAddress",
                table: "AuditLog",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Detail",
                table: "AuditLog",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequestId",
                table: "AuditLog",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TargetUserId",
                table: "AuditLog",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditLogSubjects",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AuditEntryId = table.Column<long>(type: "bigint", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    EmployeeId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditLogSubjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuditLogSubjects_AuditLog_AuditEntryId",
                        column: x => x.AuditEntryId,
                        principalTable: "AuditLog",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AuditRetentionWindow",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    DeleteBefore = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditRetentionWindow", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_EmployeeId",
                table: "AuditLog",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_UserId",
                table: "AuditLog",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLogSubjects_AuditEntryId",
                table: "AuditLogSubjects",
                column: "AuditEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLogSubjects_CaseId",
                table: "AuditLogSubjects",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLogSubjects_EmployeeId",
                table: "AuditLogSubjects",
                column: "EmployeeId");

            migrationBuilder.Sql(AuditLogTriggers.Postgres);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(AuditLogTriggers.DropPostgres);

            migrationBuilder.DropTable(
                name: "AuditLogSubjects");

            migrationBuilder.DropTable(
                name: "AuditRetentionWindow");

            migrationBuilder.DropIndex(
                name: "IX_AuditLog_EmployeeId",
                table: "AuditLog");

            migrationBuilder.DropIndex(
                name: "IX_AuditLog_UserId",
                table: "AuditLog");

            migrationBuilder.DropColumn(
                name: "ClientAddress",
                table: "AuditLog");

            migrationBuilder.DropColumn(
                name: "Detail",
                table: "AuditLog");

            migrationBuilder.DropColumn(
                name: "RequestId",
                table: "AuditLog");

            migrationBuilder.DropColumn(
                name: "TargetUserId",
                table: "AuditLog");
        }
    }
}
