using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lantern.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class KeyRingAndRespondentAnonymity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Used",
                table: "SurveyWaveInvitations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Keep which invitations were used, but not when: the time matched the response's.
            migrationBuilder.Sql("""UPDATE "SurveyWaveInvitations" SET "Used" = "UsedAt" IS NOT NULL;""");

            migrationBuilder.DropColumn(
                name: "UsedAt",
                table: "SurveyWaveInvitations");

            migrationBuilder.AlterColumn<long>(
                name: "Id",
                table: "SurveyResponses",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER")
                .OldAnnotation("Sqlite:Autoincrement", true);

            // Responses stored so far get random ids and keep only their day, like new ones.
            migrationBuilder.Sql("""UPDATE "SurveyResponses" SET "Id" = (random() & 9007199254740991) + 1;""");
            migrationBuilder.Sql("""UPDATE "SurveyResponses" SET "SubmittedAt" = substr("SubmittedAt", 1, 10) || ' 00:00:00';""");

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.AddColumn<DateTime>(
                name: "UsedAt",
                table: "SurveyWaveInvitations",
                type: "TEXT",
                nullable: true);

            // The time of use was never kept; the invitation's creation stands in for it.
            migrationBuilder.Sql("""UPDATE "SurveyWaveInvitations" SET "UsedAt" = "CreatedAt" WHERE "Used";""");

            migrationBuilder.DropColumn(
                name: "Used",
                table: "SurveyWaveInvitations");

            migrationBuilder.AlterColumn<long>(
                name: "Id",
                table: "SurveyResponses",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER")
                .Annotation("Sqlite:Autoincrement", true);
        }
    }
}
