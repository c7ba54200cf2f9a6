using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AbsenceCases.Migrations;

/// <summary>Agreements under sygedagpengeloven § 56, which keep an employee's absence out of the frequent-absence trigger.</summary>
[DbContext(typeof(ApplicationDbContext))]
[Migration("20261123200000_Section56Agreements")]
public sealed class Section56Agreements : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Section56Agreements",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                EmployeeId = table.Column<int>(nullable: false),
                ValidFrom = table.Column<DateOnly>(nullable: false),
                ValidTo = table.Column<DateOnly>(nullable: false),
                EndedOn = table.Column<DateOnly>(nullable: true),
                Note = table.Column<string>(maxLength: 2000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Section56Agreements", x => x.Id);
                table.ForeignKey(
                    name: "FK_Section56Agreements_Employees_EmployeeId",
                    column: x => x.EmployeeId,
                    principalTable: "Employees",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_Section56Agreements_EmployeeId_ValidFrom",
            table: "Section56Agreements",
            columns: new[] { "EmployeeId", "ValidFrom" });
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropTable(name: "Section56Agreements");
}
