using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorReader.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class InstanceFollowers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InstanceFollowers",
                columns: table => new
                {
                    Instance = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Consumer = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReportedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Applied = table.Column<long>(type: "bigint", nullable: false),
                    OpenGaps = table.Column<int>(type: "int", nullable: false),
                    Behind = table.Column<long>(type: "bigint", nullable: false),
                    WaitingSince = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CaughtUp = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstanceFollowers", x => new { x.Instance, x.Consumer });
                });

            migrationBuilder.CreateIndex(
                name: "IX_InstanceFollowers_ReportedAt",
                table: "InstanceFollowers",
                column: "ReportedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InstanceFollowers");
        }
    }
}
