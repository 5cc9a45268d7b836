using System.Text.RegularExpressions;
using Lantern.Web.Features.Advocacy.Export;
using Lantern.Web.Features.Advocacy.Queries;
using Lantern.Web.Infrastructure.Audit;
using Lantern.Web.Infrastructure.Auth;

namespace Lantern.Web.Features.Advocacy.Api;

public static partial class ExportEndpoints
{
    public static void MapStrategyExports(this IEndpointRouteBuilder app)
    {
        var exports = app.MapGroup("/advocacy/{campaignId:int}")
            .RequirePermission(Resource.Advocacy, Operation.Export)
            .Audited(AuditAction.Export, "Campaign", "campaignId")
            .WithTags("Advocacy planner");

        exports.MapGet("/export.pdf", (int campaignId, StrategyLoader loader, TimeProvider clock, CancellationToken ct) =>
                ExportAsync(campaignId, loader, clock, StrategyPdf.Write, "application/pdf", "pdf", ct))
            .WithSummary("The whole strategy as a PDF, in the toolkit's order of sections.");

        exports.MapGet("/export.docx", (int campaignId, StrategyLoader loader, TimeProvider clock, CancellationToken ct) =>
                ExportAsync(campaignId, loader, clock, StrategyDocx.Write, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", ct))
            .WithSummary("The whole strategy as an editable Word document.");
    }

    private static async Task<IResult> ExportAsync(
        int campaignId, StrategyLoader loader, TimeProvider clock, Func<StrategyDocument, byte[]> write, string contentType, string extension, CancellationToken ct)
    {
        var strategy = await loader.LoadAsync(campaignId, ct);
        if (strategy is null)
        {
            return Results.NotFound();
        }

        var document = StrategyOutline.Build(strategy, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return Results.File(write(document), contentType, $"{FileStem(strategy.Campaign.Name)}.{extension}");
    }

    /// <summary>"Safer job ads!" becomes "safer-job-ads": a file name every system accepts.</summary>
    public static string FileStem(string name)
    {
        var stem = NotSafe().Replace(name.ToLowerInvariant(), "-").Trim('-');
        return stem.Length == 0 ? "advocacy-strategy" : stem[..Math.Min(stem.Length, 60)];
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSafe();
}
