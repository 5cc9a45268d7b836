using Lantern.Web.Features.Coalition.Transfer;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Lantern.Web.Infrastructure.Spreadsheets;

namespace Lantern.Web.Features.Coalition.Commands;

/// <summary>
/// Imports organisations and services from a CSV or XLSX file, all or nothing (<see cref="OrganisationImport"/>);
/// a refused file answers with its report of problems by row and column.
/// </summary>
[RequirePermission(Resource.Organisations, Operation.Import)]
public sealed record ImportOrganisations(byte[] Content, TableFormat Format) : ICommand<ImportReport>
{
    public sealed class Handler(OrganisationImport importer) : ICommandHandler<ImportOrganisations, ImportReport>
    {
        public async Task<CommandResult<ImportReport>> HandleAsync(ImportOrganisations command, CancellationToken cancellationToken)
        {
            var report = await importer.ImportAsync(command.Content, command.Format, cancellationToken);
            return report.Applied
                ? new(report, new FieldErrors())
                : CommandResult<ImportReport>.Rejected(report, report.Problems.Select(p => p.ToString()));
        }
    }
}
