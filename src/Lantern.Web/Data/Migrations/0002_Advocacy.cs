using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;

namespace Lantern.Web.Data.Migrations;

/// <summary>The advocacy planner: campaigns and everything that belongs to one.</summary>
[DbContext(typeof(LanternDbContext))]
[Migration("0002_Advocacy")]
public sealed class Advocacy : Migration
{
    // Children first, so Down can drop in this order.
    private static readonly string[] Tables =
    [
        "CampaignComments", "CampaignChanges", "CampaignSocialCards", "CampaignMediaKitItems", "CampaignEvaluationAnswers",
        "CampaignIndicatorReadings", "CampaignIndicators", "CampaignRisks", "CampaignMessages", "CampaignActivities", "CampaignTactics",
        "CampaignTargets", "CampaignObjectives", "CampaignEvidenceFiles", "CampaignEvidence", "CampaignMembers", "Campaigns",
    ];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Campaigns",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Status = table.Column<int>(nullable: false),
                IssueOfConcern = table.Column<string>(maxLength: 4000, nullable: false),
                Vision = table.Column<string>(maxLength: 1000, nullable: false),
                StartDate = table.Column<DateOnly>(nullable: true),
                EndDate = table.Column<DateOnly>(nullable: true),
                IsPrivate = table.Column<bool>(nullable: false),
                PublicMessage = table.Column<string>(maxLength: 1000, nullable: true),
                PublicMessageEvidence = table.Column<string>(maxLength: 2000, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Campaigns", x => x.Id));

        migrationBuilder.CreateTable(
            name: "CampaignMembers",
            columns: table => new
            {
                CampaignId = table.Column<int>(nullable: false),
                UserId = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CampaignMembers", x => new { x.CampaignId, x.UserId });
                table.ForeignKey("FK_CampaignMembers_Campaigns_CampaignId", x => x.CampaignId, "Campaigns", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_CampaignMembers_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_CampaignMembers_UserId", "CampaignMembers", "UserId");

        CreateItemTable(migrationBuilder, "CampaignEvidence", table => new
        {
            Id = table.Column<int>(nullable: false).Identity(),
            CampaignId = table.Column<int>(nullable: false),
            Kind = table.Column<int>(nullable: false),
            Title = table.Column<string>(maxLength: 300, nullable: false),
            Url = table.Column<string>(maxLength: 1000, nullable: true),
            Figure = table.Column<string>(maxLength: 40, nullable: true),
            Source = table.Column<string>(maxLength: 300, nullable: true),
            FileName = table.Column<string>(maxLength: 255, nullable: true),
            ContentType = table.Column<string>(maxLength: 100, nullable: true),
            FileSize = table.Column<long>(nullable: true),
        });

        migrationBuilder.CreateTable(
            name: "CampaignEvidenceFiles",
            columns: table => new
            {
                EvidenceId = table.Column<int>(nullable: false),
                Content = table.Column<byte[]>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CampaignEvidenceFiles", x => x.EvidenceId);
                table.ForeignKey("FK_CampaignEvidenceFiles_CampaignEvidence_EvidenceId", x => x.EvidenceId, "CampaignEvidence", "Id", onDelete: ReferentialAction.Cascade);
            });

        CreateItemTable(migrationBuilder, "CampaignObjectives", table => new
        {
            Id = table.Column<int>(nullable: false).Identity(),
            CampaignId = table.Column<int>(nullable: false),
            Statement = table.Column<string>(maxLength: 1000, nullable: false),
            MeasurableTarget = table.Column<string>(maxLength: 500, nullable: false),
            DueDate = table.Column<DateOnly>(nullable: false),
            Achieved = table.Column<bool>(nullable: false),
        });

        CreateItemTable(migrationBuilder, "CampaignTargets", table => new
        {
            Id = table.Column<int>(nullable: false).Identity(),
            CampaignId = table.Column<int>(nullable: false),
            Name = table.Column<string>(maxLength: 300, nullable: false),
            Group = table.Column<int>(nullable: false),
            CatalogueCode = table.Column<string>(maxLength: 64, nullable: true),
            Impact = table.Column<int>(nullable: false),
            Influence = table.Column<int>(nullable: false),
            Notes = table.Column<string>(maxLength: 2000, nullable: true),
            CloseToTargetId = table.Column<int>(nullable: true),
        }, table => table.ForeignKey("FK_CampaignTargets_CampaignTargets_CloseToTargetId", x => x.CloseToTargetId, "CampaignTargets", "Id", onDelete: ReferentialAction.SetNull));
        migrationBuilder.CreateIndex("IX_CampaignTargets_CloseToTargetId", "CampaignTargets", "CloseToTargetId");

        CreateItemTable(migrationBuilder, "CampaignTactics", table => new
        {
            Id = table.Column<int>(nullable: false).Identity(),
            CampaignId = table.Column<int>(nullable: false),
            Kind = table.Column<int>(nullable: false),
            Title = table.Column<string>(maxLength: 300, nullable: false),
            Description = table.Column<string>(maxLength: 2000, nullable: true),
        });

        CreateItemTable(migrationBuilder, "CampaignActivities", table => new
        {
            Id = table.Column<int>(nullable: false).Identity(),
            CampaignId = table.Column<int>(nullable: false),
            TacticId = table.Column<int>(nullable: false),
            Title = table.Column<string>(maxLength: 300, nullable: false),
            StartDate = table.Column<DateOnly>(nullable: false),
            EndDate = table.Column<DateOnly>(nullable: false),
            Owner = table.Column<string>(maxLength: 200, nullable: false),
            Done = table.Column<bool>(nullable: false),
        }, table => table.ForeignKey("FK_CampaignActivities_CampaignTactics_TacticId", x => x.TacticId, "CampaignTactics", "Id", onDelete: ReferentialAction.Cascade));
        migrationBuilder.CreateIndex("IX_CampaignActivities_TacticId", "CampaignActivities", "TacticId");

        CreateItemTable(migrationBuilder, "CampaignMessages", table => new
        {
            Id = table.Column<int>(nullable: false).Identity(),
            CampaignId = table.Column<int>(nullable: false),
            TargetId = table.Column<int>(nullable: false),
            ThemeCode = table.Column<string>(maxLength: 64, nullable: true),
            Text = table.Column<string>(maxLength: 2000, nullable: false),
            Evidence = table.Column<string>(maxLength: 2000, nullable: false),
        }, table => table.ForeignKey("FK_CampaignMessages_CampaignTargets_TargetId", x => x.TargetId, "CampaignTargets", "Id", onDelete: ReferentialAction.Cascade));
        migrationBuilder.CreateIndex("IX_CampaignMessages_TargetId", "CampaignMessages", "TargetId");

        CreateItemTable(migrationBuilder, "CampaignRisks", table => new
        {
            Id = table.Column<int>(nullable: false).Identity(),
            CampaignId = table.Column<int>(nullable: false),
            Category = table.Column<int>(nullable: false),
            Description = table.Column<string>(maxLength: 1000, nullable: false),
            Likelihood = table.Column<int>(nullable: false),
            Impact = table.Column<int>(nullable: false),
            Mitigation = table.Column<string>(maxLength: 2000, nullable: false),
            Owner = table.Column<string>(maxLength: 200, nullable: true),
            Status = table.Column<int>(nullable: false),
        });

        CreateItemTable(migrationBuilder, "CampaignIndicators", table => new
        {
            Id = table.Column<int>(nullable: false).Identity(),
            CampaignId = table.Column<int>(nullable: false),
            Kind = table.Column<int>(nullable: false),
            Name = table.Column<string>(maxLength: 300, nullable: false),
            Unit = table.Column<string>(maxLength: 60, nullable: false),
            Baseline = table.Column<double>(nullable: false),
            BaselineDate = table.Column<DateOnly>(nullable: false),
            TargetValue = table.Column<double>(nullable: false),
            DueDate = table.Column<DateOnly>(nullable: false),
        });

        CreateItemTable(migrationBuilder, "CampaignIndicatorReadings", table => new
        {
            Id = table.Column<int>(nullable: false).Identity(),
            CampaignId = table.Column<int>(nullable: false),
            IndicatorId = table.Column<int>(nullable: false),
            Date = table.Column<DateOnly>(nullable: false),
            Value = table.Column<double>(nullable: false),
            Note = table.Column<string>(maxLength: 1000, nullable: true),
        }, table => table.ForeignKey("FK_CampaignIndicatorReadings_CampaignIndicators_IndicatorId", x => x.IndicatorId, "CampaignIndicators", "Id", onDelete: ReferentialAction.Cascade));
        migrationBuilder.CreateIndex("IX_CampaignIndicatorReadings_IndicatorId", "CampaignIndicatorReadings", "IndicatorId");

        CreateItemTable(migrationBuilder, "CampaignEvaluationAnswers", table => new
        {
            Id = table.Column<int>(nullable: false).Identity(),
            CampaignId = table.Column<int>(nullable: false),
            Stage = table.Column<int>(nullable: false),
            QuestionCode = table.Column<string>(maxLength: 64, nullable: false),
            Answer = table.Column<int>(nullable: false),
            Notes = table.Column<string>(maxLength: 2000, nullable: true),
        });
        migrationBuilder.CreateIndex("IX_CampaignEvaluationAnswers_CampaignId_Stage_QuestionCode", "CampaignEvaluationAnswers", ["CampaignId", "Stage", "QuestionCode"], unique: true);

        CreateItemTable(migrationBuilder, "CampaignMediaKitItems", table => new
        {
            Id = table.Column<int>(nullable: false).Identity(),
            CampaignId = table.Column<int>(nullable: false),
            Kind = table.Column<int>(nullable: false),
            Title = table.Column<string>(maxLength: 300, nullable: false),
            Body = table.Column<string>(maxLength: 4000, nullable: false),
        });

        CreateItemTable(migrationBuilder, "CampaignSocialCards", table => new
        {
            Id = table.Column<int>(nullable: false).Identity(),
            CampaignId = table.Column<int>(nullable: false),
            Headline = table.Column<string>(maxLength: 200, nullable: false),
            Figure = table.Column<string>(maxLength: 24, nullable: true),
            Source = table.Column<string>(maxLength: 200, nullable: true),
            Caption = table.Column<string>(maxLength: 500, nullable: true),
            Palette = table.Column<int>(nullable: false),
        });

        migrationBuilder.CreateTable(
            name: "CampaignChanges",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Identity(),
                CampaignId = table.Column<int>(nullable: false),
                ItemType = table.Column<string>(maxLength: 40, nullable: false),
                ItemId = table.Column<int>(nullable: false),
                ItemLabel = table.Column<string>(maxLength: 300, nullable: false),
                Action = table.Column<string>(maxLength: 20, nullable: false),
                Changes = table.Column<string>(maxLength: 4000, nullable: false),
                UserId = table.Column<string>(maxLength: 450, nullable: true),
                UserName = table.Column<string>(maxLength: 256, nullable: false),
                At = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CampaignChanges", x => x.Id);
                table.ForeignKey("FK_CampaignChanges_Campaigns_CampaignId", x => x.CampaignId, "Campaigns", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_CampaignChanges_CampaignId_At", "CampaignChanges", ["CampaignId", "At"]);

        migrationBuilder.CreateTable(
            name: "CampaignComments",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                CampaignId = table.Column<int>(nullable: false),
                Step = table.Column<string>(maxLength: 40, nullable: false),
                Body = table.Column<string>(maxLength: 4000, nullable: false),
                UserId = table.Column<string>(maxLength: 450, nullable: true),
                UserName = table.Column<string>(maxLength: 256, nullable: false),
                At = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CampaignComments", x => x.Id);
                table.ForeignKey("FK_CampaignComments_Campaigns_CampaignId", x => x.CampaignId, "Campaigns", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_CampaignComments_CampaignId_Step", "CampaignComments", ["CampaignId", "Step"]);
    }

    /// <summary>A table of campaign items: an Id key and a CampaignId that cascades from the campaign, indexed.</summary>
    private static void CreateItemTable<TColumns>(
        MigrationBuilder migrationBuilder, string name, Func<ColumnsBuilder, TColumns> columns, Action<CreateTableBuilder<TColumns>>? more = null)
    {
        migrationBuilder.CreateTable(
            name: name,
            columns: columns,
            constraints: table =>
            {
                table.PrimaryKey($"PK_{name}", ItemColumn<TColumns>("Id"));
                table.ForeignKey($"FK_{name}_Campaigns_CampaignId", ItemColumn<TColumns>("CampaignId"), "Campaigns", "Id", onDelete: ReferentialAction.Cascade);
                more?.Invoke(table);
            });
        migrationBuilder.CreateIndex($"IX_{name}_CampaignId", name, "CampaignId");
    }

    /// <summary>The expression <c>x =&gt; x.Name</c> over the anonymous column type, which a generic helper cannot write as a lambda.</summary>
    private static System.Linq.Expressions.Expression<Func<TColumns, object>> ItemColumn<TColumns>(string name)
    {
        var parameter = System.Linq.Expressions.Expression.Parameter(typeof(TColumns), "x");
        var property = System.Linq.Expressions.Expression.Property(parameter, name);
        return System.Linq.Expressions.Expression.Lambda<Func<TColumns, object>>(System.Linq.Expressions.Expression.Convert(property, typeof(object)), parameter);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
        {
            migrationBuilder.DropTable(table);
        }
    }
}
