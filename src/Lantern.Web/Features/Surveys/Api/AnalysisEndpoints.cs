using Lantern.Statistics.Descriptive;
using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Analysis;
using Lantern.Web.Features.Surveys.Queries;
using Lantern.Web.Infrastructure.Audit;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Spreadsheets;

namespace Lantern.Web.Features.Surveys.Api;

/// <summary>
/// The analysis page's tables as CSV. They are aggregates (percentages, means, correlations), not
/// respondent-level data, so reading the survey is enough.
/// </summary>
public static class AnalysisEndpoints
{
    public static void MapAnalysisExports(this IEndpointRouteBuilder app)
    {
        var exports = app.MapGroup("/surveys/{surveyId:int}/analysis")
            .RequirePermission(Resource.Surveys, Operation.Read)
            .Audited(AuditAction.Export, "Survey", "surveyId")
            .WithTags("Surveys");

        exports.MapGet("/demographics.csv", (int surveyId, LanternDbContext db, CancellationToken ct) =>
                ExportAsync(db, surveyId, "demographics", AnalysisTables.DemographicHeader,
                    (survey, dataset) => AnalysisTables.DemographicRows(Demographics.Of(dataset, survey.DefaultLanguage)), ct))
            .WithSummary("Table I: each single-choice item's categories with the percentage of all respondents and their number.");

        exports.MapGet("/descriptives.csv", (int surveyId, LanternDbContext db, CancellationToken ct) =>
                ExportAsync(db, surveyId, "descriptives", AnalysisTables.DescriptiveHeader, (_, dataset) => AnalysisTables.DescriptiveRows(dataset), ct))
            .WithSummary("n, mean, sd, min and max of every numeric item and count.");

        exports.MapGet("/correlations.csv", (int surveyId, string[]? v, LanternDbContext db, CancellationToken ct) =>
                ExportAsync(db, surveyId, "correlations", AnalysisTables.CorrelationHeader, (_, dataset) =>
                {
                    var variables = AnalysisTables.CorrelationVariables(dataset, v);
                    return variables.Count < 2 ? [] : AnalysisTables.CorrelationRows(Correlation.Matrix(dataset.Table, variables));
                }, ct))
            .WithSummary("Pearson r, p and n for each pair of the chosen variables (v=name, repeated); by default scales and numeric non-Likert variables.");
    }

    private static async Task<IResult> ExportAsync(
        LanternDbContext db, int surveyId, string part, IReadOnlyList<string> header,
        Func<Model.Survey, SurveyDataset, IEnumerable<IReadOnlyList<string?>>> rows, CancellationToken ct)
    {
        var survey = await SurveyQueries.LoadInstrumentAsync(db, surveyId, ct);
        if (survey is null)
        {
            return Results.NotFound();
        }

        var dataset = await SurveyData.DatasetAsync(db, survey, ct);
        return TableExport.ToResult($"survey-{surveyId}-{part}", TableFormat.Csv, header, [.. rows(survey, dataset)]);
    }
}
