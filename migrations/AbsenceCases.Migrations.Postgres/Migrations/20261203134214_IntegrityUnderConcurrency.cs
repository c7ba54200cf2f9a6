using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AbsenceCases.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class IntegrityUnderConcurrency : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Spells_EmployeeId_Type_FirstDay",
                table: "Spells");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Spells_EmployeeId_Type_FirstDay",
                table: "Spells");

            migrationBuilder.DropIndex(
                name: "IX_Cases_EmployeeId_Open",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Spells_EmployeeId_Type_FirstDay",
                table: "Spells",
                columns: new[] { "EmployeeId", "Type", "FirstDay" });
        }
    }
}
