using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorReader.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RelatedStories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RelatedLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    RelatedArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RelatedLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RelatedLinks_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RelatedLinks_Articles_RelatedArticleId",
                        column: x => x.RelatedArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "RelatedOverrides",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    OtherArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Hidden = table.Column<bool>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RelatedOverrides", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RelatedOverrides_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RelatedOverrides_Articles_OtherArticleId",
                        column: x => x.OtherArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_RelatedLinks_ArticleId_Position",
                table: "RelatedLinks",
                columns: new[] { "ArticleId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_RelatedLinks_RelatedArticleId",
                table: "RelatedLinks",
                column: "RelatedArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_RelatedOverrides_ArticleId_OtherArticleId",
                table: "RelatedOverrides",
                columns: new[] { "ArticleId", "OtherArticleId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RelatedOverrides_OtherArticleId",
                table: "RelatedOverrides",
                column: "OtherArticleId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RelatedLinks");

            migrationBuilder.DropTable(
                name: "RelatedOverrides");
        }
    }
}
