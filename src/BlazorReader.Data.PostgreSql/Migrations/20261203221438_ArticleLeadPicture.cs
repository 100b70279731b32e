using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorReader.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ArticleLeadPicture : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "LeadMediaId",
                table: "Revisions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LeadMediaId",
                table: "Articles",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_LeadMediaId",
                table: "Articles",
                column: "LeadMediaId");

            migrationBuilder.AddForeignKey(
                name: "FK_Articles_Media_LeadMediaId",
                table: "Articles",
                column: "LeadMediaId",
                principalTable: "Media",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Articles_Media_LeadMediaId",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_LeadMediaId",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "LeadMediaId",
                table: "Revisions");

            migrationBuilder.DropColumn(
                name: "LeadMediaId",
                table: "Articles");
        }
    }
}
