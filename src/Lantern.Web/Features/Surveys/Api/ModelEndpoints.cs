using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Analysis;
using Lantern.Web.Features.Surveys.Commands.Models;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Features.Surveys.Queries;
using Lantern.Web.Infrastructure.Audit;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Lantern.Web.Infrastructure.Security;
using Lantern.Web.Infrastructure.Spreadsheets;

namespace Lantern.Web.Features.Surveys.Api;

/// <summary>
/// Deleting and re-running saved models (Surveys.Edit), and their exports. The exports are aggregate
/// results (estimates, fit, a diagram), never respondent-level data, so reading the survey is enough.
/// </summary>
public static class ModelEndpoints
{
    public static void MapModelEndpoints(this IEndpointRouteBuilder app)
    {
        var forms = app.MapGroup("/surveys/{surveyId:int}/models/{analysisId:int}")
            .RequirePermission(Resource.Surveys, Operation.Edit)
            .RequireAntiforgeryToken()
            .ExcludeFromDescription();

        forms.MapPost("/delete", async (int surveyId, int analysisId, CommandRunner runner, CancellationToken ct) =>
            (await runner.RunAsync(new DeleteModel(surveyId, analysisId), ct)).RedirectOrProblem(_ => $"/surveys/{surveyId}/models"));

        forms.MapPost("/rerun", async (int surveyId, int analysisId, CommandRunner runner, CancellationToken ct) =>
            (await runner.RunAsync(new RunModel(surveyId, analysisId), ct)).RedirectOrProblem(_ => $"/surveys/{surveyId}/models/{analysisId}"));

        var exports = app.MapGroup("/surveys/{surveyId:int}/models/{analysisId:int}")
            .RequirePermission(Resource.Surveys, Operation.Read)
            .Audited(AuditAction.Export, "SurveyAnalysis", "analysisId")
            .WithTags("Surveys");

        exports.MapGet("/parameters.csv", (int surveyId, int analysisId, ModelResults results, CancellationToken ct) =>
                ExportAsync(results, surveyId, analysisId, outcome => outcome.Succeeded
                    ? TableExport.ToResult(FileStem(analysisId, "parameters"), TableFormat.Csv, ModelExports.ParameterHeader, ModelExports.ParameterRows(outcome))
                    : null, ct))
            .WithSummary("The parameter table of a saved model (est, se, z, p, 95% CI, std.all) as CSV.");

        exports.MapGet("/fit.csv", (int surveyId, int analysisId, ModelResults results, CancellationToken ct) =>
                ExportAsync(results, surveyId, analysisId, outcome => outcome.Fit is { } fit
                    ? TableExport.ToResult(FileStem(analysisId, "fit"), TableFormat.Csv, ModelExports.FitHeader,
                        ModelExports.FitRows(fit).Select(row => (IReadOnlyList<string?>)[row.Measure, row.Exact]))
                    : null, ct))
            .WithSummary("The fit measures of a saved model under lavaan's names, as CSV.");

        exports.MapGet("/diagram.svg", (int surveyId, int analysisId, ModelResults results, CancellationToken ct) =>
                ExportAsync(results, surveyId, analysisId, outcome => outcome.DiagramSvg is { } svg
                    ? Results.Text(svg, "image/svg+xml", System.Text.Encoding.UTF8)
                    : null, ct))
            .WithSummary("The path diagram of a saved model with standardized coefficients, as SVG.");
    }

    private static async Task<IResult> ExportAsync(
        ModelResults results, int surveyId, int analysisId, Func<ModelOutcome, IResult?> export, CancellationToken ct)
    {
        var current = await results.CurrentAsync(surveyId, analysisId, rerun: false, ct);
        if (current is not { } found)
        {
            return Results.NotFound();
        }

        return export(found.Outcome) ?? Results.Problem(statusCode: StatusCodes.Status409Conflict, title: found.Outcome.Error ?? "The model has no result to export.");
    }

    private static string FileStem(int analysisId, string part) => $"model-{analysisId}-{part}";
}
