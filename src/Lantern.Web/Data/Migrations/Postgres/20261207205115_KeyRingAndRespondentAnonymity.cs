using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Lantern.Web.Data.Migrations.Postgres
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
                type: "boolean",
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
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint")
                .OldAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            // Responses stored so far get random ids and keep only their day, like new ones.
            migrationBuilder.Sql("""UPDATE "SurveyResponses" SET "Id" = (floor(random() * 9007199254740990) + 1)::bigint;""");
            migrationBuilder.Sql("""UPDATE "SurveyResponses" SET "SubmittedAt" = date_trunc('day', "SubmittedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'UTC';""");

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
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
                type: "timestamp with time zone",
                nullable: true);

            // The time of use was never kept; the invitation's creation stands in for it.
            migrationBuilder.Sql("""UPDATE "SurveyWaveInvitations" SET "UsedAt" = "CreatedAt" WHERE "Used";""");

            migrationBuilder.DropColumn(
                name: "Used",
                table: "SurveyWaveInvitations");

            migrationBuilder.AlterColumn<long>(
                name: "Id",
                table: "SurveyResponses",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint")
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
        }
    }
}
