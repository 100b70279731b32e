using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorReader.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StoriesAndSources : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Reason",
                table: "RelatedLinks",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StoryId",
                table: "Articles",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Sources",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ShortName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SiteUrl = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sources", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "Stories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    EditorTitle = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FirstPublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastPublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ArticleCount = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceCount = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StoryRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    OtherArticleId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoryRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StoryRules_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StoryRules_Articles_OtherArticleId",
                        column: x => x.OtherArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_StoryId_SortDate",
                table: "Articles",
                columns: new[] { "StoryId", "SortDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Stories_LastPublishedAt_SourceCount",
                table: "Stories",
                columns: new[] { "LastPublishedAt", "SourceCount" });

            migrationBuilder.CreateIndex(
                name: "IX_StoryRules_ArticleId",
                table: "StoryRules",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_StoryRules_OtherArticleId",
                table: "StoryRules",
                column: "OtherArticleId");

            migrationBuilder.AddForeignKey(
                name: "FK_Articles_Stories_StoryId",
                table: "Articles",
                column: "StoryId",
                principalTable: "Stories",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Articles_Stories_StoryId",
                table: "Articles");

            migrationBuilder.DropTable(
                name: "Sources");

            migrationBuilder.DropTable(
                name: "Stories");

            migrationBuilder.DropTable(
                name: "StoryRules");

            migrationBuilder.DropIndex(
                name: "IX_Articles_StoryId_SortDate",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "Reason",
                table: "RelatedLinks");

            migrationBuilder.DropColumn(
                name: "StoryId",
                table: "Articles");
        }
    }
}
