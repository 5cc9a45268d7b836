using System.Globalization;
using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Features.Surveys.Queries;
using Lantern.Web.Infrastructure.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Surveys.Responses;

/// <summary>Responses and their codebook as files; every cell goes through <see cref="TableExport"/>, so none runs as a formula.</summary>
public sealed class ResponseExport(LanternDbContext db)
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>CSV: the responses alone (the codebook is a separate file). XLSX: a responses sheet and a codebook sheet.</summary>
    public async Task<IResult> ResponsesAsync(int surveyId, TableFormat format, CancellationToken cancellationToken)
    {
        var survey = await SurveyQueries.LoadInstrumentAsync(db, surveyId, cancellationToken);
        if (survey is null)
        {
            return Results.NotFound();
        }

        var responses = await SurveyQueries.Responses(db, surveyId).ToListAsync(cancellationToken);
        var header = ResponseTable.Header(survey);
        var rows = ResponseTable.Rows(survey, responses);
        if (format == TableFormat.Csv)
        {
            return TableExport.ToResult(FileStem(survey), TableFormat.Csv, header, rows);
        }

        var workbook = TableExport.WriteWorkbook([new TableSheet("responses", header, rows), new TableSheet("codebook", Codebook.Header, Codebook.Rows(survey))]);
        return Results.File(workbook, XlsxType, $"{FileStem(survey)}-{Stamp()}.xlsx");
    }

    public async Task<IResult> CodebookAsync(int surveyId, CancellationToken cancellationToken) =>
        await SurveyQueries.LoadInstrumentAsync(db, surveyId, cancellationToken) is { } survey
            ? TableExport.ToResult($"{FileStem(survey)}-codebook", TableFormat.Csv, Codebook.Header, Codebook.Rows(survey))
            : Results.NotFound();

    public static string FileStem(Survey survey) => $"lantern-survey-{survey.Id}-responses";

    private static string Stamp() => DateTime.UtcNow.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
