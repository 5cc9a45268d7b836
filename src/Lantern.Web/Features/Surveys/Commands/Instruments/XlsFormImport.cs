using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.XlsForms;
using Lantern.Web.Infrastructure.Audit;
using Lantern.Web.Infrastructure.Spreadsheets;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Features.Surveys.Commands.Instruments;

/// <summary>Creates a new survey from an XLSForm workbook, or nothing at all when the workbook has any problem.</summary>
public sealed class XlsFormImport(LanternDbContext db, AuditLog audit, TimeProvider clock, IOptions<SpreadsheetLimits> limits)
{
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <returns>The reading, with the new survey's id when it was created.</returns>
    public async Task<(XlsFormReading Reading, int? SurveyId)> ImportAsync(byte[] content, string fileName, CancellationToken cancellationToken)
    {
        if (content.Length > MaxBytes)
        {
            return (new XlsFormReading(null, [new XlsFormProblem("", 0, "", $"The file is larger than {MaxBytes / 1024 / 1024} MB.")], []), null);
        }

        var title = Path.GetFileNameWithoutExtension(fileName) is { Length: > 0 } stem ? stem : "Imported form";
        var reading = XlsFormReader.Read(content, title, clock.GetUtcNow().UtcDateTime, limits.Value);
        if (reading.Survey is null)
        {
            return (reading, null);
        }

        // One transaction: the survey, its sections, items, choices and scales, and the import's audit record.
        db.Surveys.Add(reading.Survey);
        await audit.SaveChangesAsync(AuditAction.Import, "Survey", "XLSForm", cancellationToken);
        return (reading, reading.Survey.Id);
    }
}
