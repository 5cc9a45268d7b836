using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Queries;
using Lantern.Web.Features.Surveys.Responses;
using Lantern.Web.Features.Surveys.XlsForms;
using Lantern.Web.Infrastructure.Audit;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Spreadsheets;

namespace Lantern.Web.Features.Surveys.Api;

/// <summary>Surveys out as files: the instrument as an XLSForm workbook, responses as CSV or XLSX with a codebook.</summary>
public static class TransferEndpoints
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapTransferFiles(this IEndpointRouteBuilder app)
    {
        var files = app.MapGroup("/surveys/{surveyId:int}")
            .RequirePermission(Resource.Surveys, Operation.Export)
            .Audited(AuditAction.Export, "Survey", "surveyId")
            .ExcludeFromDescription();

        files.MapGet("/xlsform.xlsx", async (int surveyId, LanternDbContext db, CancellationToken ct) =>
            await SurveyQueries.LoadInstrumentAsync(db, surveyId, ct) is { } survey
                ? Results.File(XlsFormWriter.Write(survey), XlsxType, $"lantern-survey-{survey.Id}-xlsform.xlsx")
                : Results.NotFound());

        files.MapGet("/responses.{format:regex(^(csv|xlsx)$)}", (int surveyId, string format, ResponseExport export, CancellationToken ct) =>
            export.ResponsesAsync(surveyId, format == "xlsx" ? TableFormat.Xlsx : TableFormat.Csv, ct));

        files.MapGet("/codebook.csv", (int surveyId, ResponseExport export, CancellationToken ct) => export.CodebookAsync(surveyId, ct));
    }
}
