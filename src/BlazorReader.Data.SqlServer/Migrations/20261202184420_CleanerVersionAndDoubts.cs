using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorReader.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CleanerVersionAndDoubts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CleanerVersion",
                table: "Articles",
                type: "int",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "CleaningDoubts",
                table: "Articles",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RecleanSkippedVersion",
                table: "Articles",
                type: "int",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_CleanerVersion",
                table: "Articles",
                column: "CleanerVersion");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_CleanerVersion",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "CleanerVersion",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "CleaningDoubts",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "RecleanSkippedVersion",
                table: "Articles");
        }
    }
}
