using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AbsenceCases.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Retention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Note",
                table: "Section56Agreements");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Note",
                table: "Section56Agreements",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);
        }
    }
}
