using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorReader.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class RelatedListPositionsUnique : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Instances that replaced one list at once could leave both lists' rows: the
            // first row at each position stays (the followers write every list again).
            migrationBuilder.Sql("DELETE FROM [RelatedLinks] WHERE [Id] NOT IN (SELECT MIN([Id]) FROM [RelatedLinks] GROUP BY [ArticleId], [Position]);");

            migrationBuilder.DropIndex(
                name: "IX_RelatedLinks_ArticleId_Position",
                table: "RelatedLinks");

            migrationBuilder.CreateIndex(
                name: "IX_RelatedLinks_ArticleId_Position",
                table: "RelatedLinks",
                columns: new[] { "ArticleId", "Position" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RelatedLinks_ArticleId_Position",
                table: "RelatedLinks");

            migrationBuilder.CreateIndex(
                name: "IX_RelatedLinks_ArticleId_Position",
                table: "RelatedLinks",
                columns: new[] { "ArticleId", "Position" });
        }
    }
}
