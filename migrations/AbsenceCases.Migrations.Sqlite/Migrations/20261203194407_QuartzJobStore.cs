using AbsenceCases.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AbsenceCases.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class QuartzJobStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(QuartzTables.Sqlite);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(QuartzTables.Drop);
        }
    }
}
