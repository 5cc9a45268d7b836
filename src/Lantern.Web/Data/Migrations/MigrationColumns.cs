using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Lantern.Web.Data.Migrations;

/// <summary>
/// Migrations are written by hand (EF Core's design-time tools are not available), so they use
/// column builders without store types: each provider picks its own type from the CLR type, and an
/// identity column carries both providers' annotations.
/// </summary>
internal static class MigrationColumns
{
    public static OperationBuilder<AddColumnOperation> Identity(this OperationBuilder<AddColumnOperation> column) =>
        column
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
