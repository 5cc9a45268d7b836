using System.Text.Json;
using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Collection;
using Lantern.Web.Features.Surveys.Model;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Lantern.SurveyLoad;

/// <summary>
/// The benchmark's questionnaire: one page with a text item that carries each response's unique
/// marker, a Likert item and a bounded number, so every submission goes through real checking.
/// </summary>
internal static class BenchSurvey
{
    public const string MarkerItem = "marker";

    public static async Task<int> PrepareAsync(string databaseFile)
    {
        await using var db = Open(databaseFile);
        await DataSetup.MigrateAsync(db);
        var now = DateTime.UtcNow;
        var section = new SurveySection { Position = 1, Title = LocalizedText.Of("en", "Benchmark") };
        var survey = new Survey
        {
            Title = "Submission benchmark",
            ConsentStatement = LocalizedText.Of("en", "Synthetic responses for a load test."),
            CreatedAt = now,
            UpdatedAt = now,
            Sections = [section],
            Items =
            [
                new SurveyItem { Section = section, Position = 1, Name = MarkerItem, Type = ItemType.Text, Required = true, Label = LocalizedText.Of("en", "Marker") },
                new SurveyItem
                {
                    Section = section, Position = 2, Name = "rating", Type = ItemType.Likert, Required = true, Label = LocalizedText.Of("en", "Rating"),
                    Choices = [.. Enumerable.Range(1, 7).Select(i => new ItemChoice { Value = $"{i}", Position = i, Label = LocalizedText.Of("en", $"Point {i}") })],
                },
                new SurveyItem { Section = section, Position = 3, Name = "age", Type = ItemType.WholeNumber, Minimum = 16, Maximum = 120, Label = LocalizedText.Of("en", "Age") },
            ],
        };
        var wave = new SurveyWave { Name = "Load", PublicKey = WaveKeys.NewPublicKey(), CreatedAt = now };
        survey.Waves.Add(wave);
        db.Surveys.Add(survey);
        await db.SaveChangesAsync();
        Console.WriteLine(wave.PublicKey);
        return 0;
    }

    public static async Task<int> VerifyAsync(string databaseFile, string ackedFile)
    {
        var acked = (await File.ReadAllLinesAsync(ackedFile)).Where(line => line.Length > 0).ToList();
        await using var db = Open(databaseFile);
        var markerId = await db.SurveyItems.Where(i => i.Name == MarkerItem).Select(i => i.Id).SingleAsync();
        var stored = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var json in db.SurveyResponses.Select(r => r.AnswersJson).AsAsyncEnumerable())
        {
            if (JsonSerializer.Deserialize<Dictionary<int, string>>(json) is { } answers && answers.TryGetValue(markerId, out var marker))
            {
                stored.Add(marker);
            }
        }

        var missing = acked.Where(marker => !stored.Contains(marker)).ToList();
        Console.WriteLine($"acknowledged {acked.Count}, found {acked.Count - missing.Count}, missing {missing.Count}; {stored.Count} stored in all "
            + $"(SQLite {await PragmaAsync(db, "journal_mode")} journal, synchronous={await PragmaAsync(db, "synchronous")})");
        foreach (var marker in missing.Take(10))
        {
            Console.WriteLine($"missing: {marker}");
        }

        return missing.Count == 0 ? 0 : 1;
    }

    /// <summary>A setting of the file as a fresh connection sees it, so the record says what durability was tested.</summary>
    private static async Task<string> PragmaAsync(LanternDbContext db, string name)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    private static LanternDbContext Open(string databaseFile) =>
        DataSetup.Create(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = databaseFile }.ToString());
}
