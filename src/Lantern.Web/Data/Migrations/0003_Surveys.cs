using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Lantern.Web.Data.Migrations;

/// <summary>Engagement surveys: instruments, waves with invitations, responses and saved analyses.</summary>
[DbContext(typeof(LanternDbContext))]
[Migration("0003_Surveys")]
public sealed class Surveys : Migration
{
    // Children first, so Down can drop in this order.
    private static readonly string[] Tables =
    [
        "SurveyAnalyses", "SurveyResponses", "SurveyWaveInvitations", "SurveyWaves", "SurveyScaleItems", "SurveyScales",
        "SurveyItemChoices", "SurveyItems", "SurveySections", "Surveys",
    ];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Surveys",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                Title = table.Column<string>(maxLength: 300, nullable: false),
                Description = table.Column<string>(maxLength: 4000, nullable: false),
                DefaultLanguage = table.Column<string>(maxLength: 16, nullable: false),
                Languages = table.Column<string>(maxLength: 200, nullable: false),
                ConsentStatement = table.Column<string>(nullable: false),
                Origin = table.Column<string>(maxLength: 64, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Surveys", x => x.Id));

        migrationBuilder.CreateTable(
            name: "SurveySections",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                SurveyId = table.Column<int>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Title = table.Column<string>(nullable: false),
                ShowIf = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SurveySections", x => x.Id);
                table.ForeignKey("FK_SurveySections_Surveys_SurveyId", x => x.SurveyId, "Surveys", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_SurveySections_SurveyId_Position", "SurveySections", ["SurveyId", "Position"]);

        migrationBuilder.CreateTable(
            name: "SurveyItems",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                SurveyId = table.Column<int>(nullable: false),
                SectionId = table.Column<int>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Name = table.Column<string>(maxLength: 64, nullable: false),
                Type = table.Column<int>(nullable: false),
                Label = table.Column<string>(nullable: false),
                Hint = table.Column<string>(nullable: false),
                Required = table.Column<bool>(nullable: false),
                ShowIf = table.Column<string>(maxLength: 1000, nullable: true),
                Minimum = table.Column<decimal>(precision: 18, scale: 6, nullable: true),
                Maximum = table.Column<decimal>(precision: 18, scale: 6, nullable: true),
                AdaptedFrom = table.Column<string>(maxLength: 300, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SurveyItems", x => x.Id);
                table.ForeignKey("FK_SurveyItems_Surveys_SurveyId", x => x.SurveyId, "Surveys", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_SurveyItems_SurveySections_SectionId", x => x.SectionId, "SurveySections", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_SurveyItems_SurveyId_Name", "SurveyItems", ["SurveyId", "Name"], unique: true);
        migrationBuilder.CreateIndex("IX_SurveyItems_SectionId", "SurveyItems", "SectionId");

        migrationBuilder.CreateTable(
            name: "SurveyItemChoices",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                ItemId = table.Column<int>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Value = table.Column<string>(maxLength: 64, nullable: false),
                Label = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SurveyItemChoices", x => x.Id);
                table.ForeignKey("FK_SurveyItemChoices_SurveyItems_ItemId", x => x.ItemId, "SurveyItems", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_SurveyItemChoices_ItemId_Value", "SurveyItemChoices", ["ItemId", "Value"], unique: true);

        migrationBuilder.CreateTable(
            name: "SurveyScales",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                SurveyId = table.Column<int>(nullable: false),
                Name = table.Column<string>(maxLength: 64, nullable: false),
                Label = table.Column<string>(maxLength: 300, nullable: false),
                Scoring = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SurveyScales", x => x.Id);
                table.ForeignKey("FK_SurveyScales_Surveys_SurveyId", x => x.SurveyId, "Surveys", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_SurveyScales_SurveyId_Name", "SurveyScales", ["SurveyId", "Name"], unique: true);

        migrationBuilder.CreateTable(
            name: "SurveyScaleItems",
            columns: table => new
            {
                ScaleId = table.Column<int>(nullable: false),
                ItemId = table.Column<int>(nullable: false),
                Reversed = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SurveyScaleItems", x => new { x.ScaleId, x.ItemId });
                table.ForeignKey("FK_SurveyScaleItems_SurveyScales_ScaleId", x => x.ScaleId, "SurveyScales", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_SurveyScaleItems_SurveyItems_ItemId", x => x.ItemId, "SurveyItems", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_SurveyScaleItems_ItemId", "SurveyScaleItems", "ItemId");

        migrationBuilder.CreateTable(
            name: "SurveyWaves",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                SurveyId = table.Column<int>(nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                PublicKey = table.Column<string>(maxLength: 32, nullable: false),
                OpensAt = table.Column<DateTime>(nullable: true),
                ClosesAt = table.Column<DateTime>(nullable: true),
                RequiresInvitation = table.Column<bool>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SurveyWaves", x => x.Id);
                table.ForeignKey("FK_SurveyWaves_Surveys_SurveyId", x => x.SurveyId, "Surveys", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_SurveyWaves_PublicKey", "SurveyWaves", "PublicKey", unique: true);
        migrationBuilder.CreateIndex("IX_SurveyWaves_SurveyId", "SurveyWaves", "SurveyId");

        migrationBuilder.CreateTable(
            name: "SurveyWaveInvitations",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                WaveId = table.Column<int>(nullable: false),
                TokenHash = table.Column<string>(maxLength: 64, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UsedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SurveyWaveInvitations", x => x.Id);
                table.ForeignKey("FK_SurveyWaveInvitations_SurveyWaves_WaveId", x => x.WaveId, "SurveyWaves", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_SurveyWaveInvitations_TokenHash", "SurveyWaveInvitations", "TokenHash", unique: true);
        migrationBuilder.CreateIndex("IX_SurveyWaveInvitations_WaveId", "SurveyWaveInvitations", "WaveId");

        migrationBuilder.CreateTable(
            name: "SurveyResponses",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Identity(),
                SurveyId = table.Column<int>(nullable: false),
                WaveId = table.Column<int>(nullable: true),
                Origin = table.Column<int>(nullable: false),
                SubmittedAt = table.Column<DateTime>(nullable: false),
                Language = table.Column<string>(maxLength: 16, nullable: false),
                AnswersJson = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SurveyResponses", x => x.Id);
                table.ForeignKey("FK_SurveyResponses_Surveys_SurveyId", x => x.SurveyId, "Surveys", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_SurveyResponses_SurveyWaves_WaveId", x => x.WaveId, "SurveyWaves", "Id", onDelete: ReferentialAction.SetNull);
            });
        migrationBuilder.CreateIndex("IX_SurveyResponses_SurveyId_Id", "SurveyResponses", ["SurveyId", "Id"]);
        migrationBuilder.CreateIndex("IX_SurveyResponses_WaveId", "SurveyResponses", "WaveId");

        migrationBuilder.CreateTable(
            name: "SurveyAnalyses",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                SurveyId = table.Column<int>(nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Syntax = table.Column<string>(maxLength: 20_000, nullable: false),
                BootstrapDraws = table.Column<int>(nullable: false),
                Seed = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                ResultJson = table.Column<string>(nullable: true),
                ResultDataStamp = table.Column<string>(maxLength: 64, nullable: true),
                ComputedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SurveyAnalyses", x => x.Id);
                table.ForeignKey("FK_SurveyAnalyses_Surveys_SurveyId", x => x.SurveyId, "Surveys", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_SurveyAnalyses_SurveyId", "SurveyAnalyses", "SurveyId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
        {
            migrationBuilder.DropTable(table);
        }
    }
}
