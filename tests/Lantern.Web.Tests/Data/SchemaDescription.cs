using System.Data.Common;
using Lantern.Web.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Lantern.Web.Tests.Data;

/// <summary>
/// A database's schema as sorted lines (columns with type, nullability, key and default; indexes;
/// constraints), read from the catalogue so that two databases can be compared whatever order
/// their tables were created in.
/// </summary>
internal static class SchemaDescription
{
    private const string SqliteQuery = """
        SELECT 'COL|' || m.name || '|' || p.name || '|' || p.type || '|' || p."notnull" || '|' || p.pk || '|' || coalesce(p.dflt_value, '')
          FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE '\_\_EF%' ESCAPE '\'
        UNION ALL
        SELECT 'IDX|' || m.name || '|' || i.name || '|' || i."unique" || '|' || (SELECT group_concat(name) FROM pragma_index_info(i.name))
          FROM sqlite_master m JOIN pragma_index_list(m.name) i WHERE m.type = 'table'
        UNION ALL
        SELECT 'FK|' || m.name || '|' || f."table" || '|' || f."from" || '|' || f."to" || '|' || f.on_delete
          FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table'
        UNION ALL
        SELECT 'TRIGGER|' || name || '|' || tbl_name FROM sqlite_master WHERE type = 'trigger'
        """;

    private const string PostgresQuery = """
        SELECT concat_ws('|', 'COL', table_name, column_name, data_type, is_nullable, character_maximum_length, column_default, is_identity, identity_generation)
          FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '\_\_EF%'
        UNION ALL
        SELECT concat_ws('|', 'IDX', indexdef) FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '\_\_EF%'
        UNION ALL
        SELECT concat_ws('|', 'CON', conrelid::regclass, conname, pg_get_constraintdef(oid))
          FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT LIKE '"\_\_EF%'
        UNION ALL
        SELECT concat_ws('|', 'TRIGGER', tgname, tgrelid::regclass) FROM pg_trigger WHERE NOT tgisinternal
        """;

    public static async Task<IReadOnlyList<string>> ReadAsync(DatabaseProvider provider, string connectionString)
    {
        await using var connection = await OpenAsync(provider, connectionString);
        await using var command = connection.CreateCommand();
        command.CommandText = provider == DatabaseProvider.Sqlite ? SqliteQuery : PostgresQuery;
        var lines = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(0));
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    public static async Task<DbConnection> OpenAsync(DatabaseProvider provider, string connectionString)
    {
        DbConnection connection = provider == DatabaseProvider.Sqlite ? new SqliteConnection(connectionString) : new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }
}
