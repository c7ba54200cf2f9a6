using System;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AbsenceCases.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AccessSessionsAuditRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Spells_EmployeeId_Type_FirstDay",
                table: "Spells");

            migrationBuilder.DropColumn(
                name: "Note",
                table: "Section56Agreements");

            migrationBuilder.AddColumn<string>(
                name: "ClientAddress",
                table: "AuditLog",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Detail",
                table: "AuditLog",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequestId",
                table: "AuditLog",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TargetUserId",
                table: "AuditLog",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditLogSubjects",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AuditEntryId = table.Column<long>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EmployeeId = table.Column<int>(type: "INTEGER", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    DeleteBefore = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditRetentionWindow", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RefreshTokens",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    FamilyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SecurityStamp = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SessionEndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UsedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RefreshTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RefreshTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.Sql(DuplicateRepairs.Sqlite);

            migrationBuilder.CreateIndex(
                name: "IX_Spells_EmployeeId_Type_FirstDay",
                table: "Spells",
                columns: new[] { "EmployeeId", "Type", "FirstDay" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_EmployeeId_Open",
                table: "Cases",
                column: "EmployeeId",
                unique: true,
                filter: "\"Status\" <> 'Closed'");

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

            migrationBuilder.CreateIndex(
                name: "IX_RefreshTokens_FamilyId",
                table: "RefreshTokens",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_RefreshTokens_TokenHash",
                table: "RefreshTokens",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RefreshTokens_UserId",
                table: "RefreshTokens",
                column: "UserId");

            migrationBuilder.Sql(AuditLogTriggers.Sqlite);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(AuditLogTriggers.DropSqlite);

            migrationBuilder.DropTable(
                name: "AuditLogSubjects");

            migrationBuilder.DropTable(
                name: "AuditRetentionWindow");

            migrationBuilder.DropTable(
                name: "RefreshTokens");

            migrationBuilder.DropIndex(
                name: "IX_Spells_EmployeeId_Type_FirstDay",
                table: "Spells");

            migrationBuilder.DropIndex(
                name: "IX_Cases_EmployeeId_Open",
                table: "Cases");

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

            migrationBuilder.AddColumn<string>(
                name: "Note",
                table: "Section56Agreements",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Spells_EmployeeId_Type_FirstDay",
                table: "Spells",
                columns: new[] { "EmployeeId", "Type", "FirstDay" });
        }
    }
}
