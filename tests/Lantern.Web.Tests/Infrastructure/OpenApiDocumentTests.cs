using System.Text.Json;

namespace Lantern.Web.Tests.Infrastructure;

/// <summary>Every API is documented: each operation has a unique name, a summary and a tag.</summary>
public abstract class OpenApiDocumentTests(LanternFactory app)
{
    [Theory]
    [InlineData("/api/surveys", 35)]
    [InlineData("/api/campaigns", 45)]
    [InlineData("/api/audit", 2)]
    [InlineData("/api/knowledge", 3)]
    [InlineData("/api/", 95)]
    public async Task Every_operation_has_an_operation_id_a_summary_and_a_tag(string prefix, int atLeast)
    {
        using var document = JsonDocument.Parse(await app.Anonymous().GetStringAsync("/openapi/v1.json"));

        var operations = (
            from path in document.RootElement.GetProperty("paths").EnumerateObject()
            where path.Name.StartsWith(prefix, StringComparison.Ordinal)
            from operation in path.Value.EnumerateObject()
            where operation.Name is "get" or "post" or "put" or "delete" or "patch"
            select (Name: $"{operation.Name.ToUpperInvariant()} {path.Name}", Operation: operation.Value)).ToList();
        var undocumented = operations
            .Where(o => !Has(o.Operation, "operationId") || !Has(o.Operation, "summary")
                || !o.Operation.TryGetProperty("tags", out var tags) || tags.GetArrayLength() == 0)
            .Select(o => o.Name)
            .ToList();

        operations.Count.ShouldBeGreaterThanOrEqualTo(atLeast);
        undocumented.ShouldBeEmpty();
        operations.Select(o => o.Operation.GetProperty("operationId").GetString()).ShouldBeUnique();
    }

    private static bool Has(JsonElement operation, string property) =>
        operation.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0;
}

public sealed class OpenApiDocumentTestsOnSqlite(SqliteApp app) : OpenApiDocumentTests(app), IClassFixture<SqliteApp>;

public sealed class OpenApiDocumentTestsOnPostgres(PostgresApp app) : OpenApiDocumentTests(app), IClassFixture<PostgresApp>;
