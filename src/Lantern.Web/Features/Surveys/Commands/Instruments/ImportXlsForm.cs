using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.XlsForms;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Audit;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Lantern.Web.Infrastructure.Spreadsheets;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Features.Surveys.Commands.Instruments;

/// <summary>
/// Creates a new survey from an XLSForm workbook, or nothing at all when the workbook has any
/// problem. Either way the answer carries the reading, whose problems name sheet, row and column.
/// </summary>
[RequirePermission(Resource.Surveys, Operation.Import)]
public sealed record ImportXlsForm(byte[] Content, string FileName) : ICommand<XlsFormReading>
{
    public const int MaxBytes = 5 * 1024 * 1024;

    public sealed class Handler(LanternDbContext db, AuditLog audit, TimeProvider clock, IOptions<SpreadsheetLimits> limits)
        : ICommandHandler<ImportXlsForm, XlsFormReading>
    {
        public async Task<CommandResult<XlsFormReading>> HandleAsync(ImportXlsForm command, CancellationToken cancellationToken)
        {
            if (command.Content.Length > MaxBytes)
            {
                return Rejected(new XlsFormReading(null, [new XlsFormProblem("", 0, "", $"The file is larger than {MaxBytes / 1024 / 1024} MB.")], []));
            }

            var title = Path.GetFileNameWithoutExtension(command.FileName) is { Length: > 0 } stem ? stem : "Imported form";
            var reading = XlsFormReader.Read(command.Content, title, clock.GetUtcNow().UtcDateTime, limits.Value);
            if (reading.Survey is null)
            {
                return Rejected(reading);
            }

            // The survey with its sections, items, choices and scales, and the import's own audit record.
            db.Surveys.Add(reading.Survey);
            await audit.SaveChangesAsync(AuditAction.Import, "Survey", "XLSForm", cancellationToken);
            return new(reading, new FieldErrors());
        }

        private static CommandResult<XlsFormReading> Rejected(XlsFormReading reading) =>
            CommandResult<XlsFormReading>.Rejected(reading, reading.Problems.Select(p => p.ToString()));
    }
}
