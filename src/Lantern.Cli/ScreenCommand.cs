using System.CommandLine;
using System.Text.Json;
using Lantern.Screening;
using Lantern.Screening.Ads;
using Lantern.Screening.Indicators;
using Lantern.Screening.Linking;
using Lantern.Screening.Synthetic;
using Spectre.Console;

namespace Lantern.Cli;

/// <summary>
/// <c>lantern screen INPUT --out DIR [--region CC]</c>, plus <c>generate</c> (a synthetic corpus
/// with ground truth) and <c>evaluate</c> (how many ads of a file of known-bad job ads are flagged).
/// </summary>
internal static class ScreenCommand
{
    private const int InputError = 2;
    private const int SomeRejected = 3;

    public static Command Create()
    {
        var input = new Argument<FileInfo>("INPUT") { Description = "Ads as JSON Lines (.jsonl, .json, .ndjson) or CSV with a header (.csv)." };
        var output = new Option<DirectoryInfo>("--out") { Description = "Directory for ads.jsonl, clusters.jsonl, summary.json and errors.jsonl.", Required = true };
        var region = RegionOption();
        var kind = KindOption(null);
        var idField = IdFieldOption();
        var textFields = TextFieldsOption();
        var imageDistance = new Option<int>("--image-distance") { Description = "Most differing bits for two picture hashes to count as one picture.", DefaultValueFactory = _ => LinkingOptions.Default.ImageDistance };
        imageDistance.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 0 or > 15) { r.AddError("--image-distance must be between 0 and 15."); } });
        var similarity = new Option<double>("--text-similarity") { Description = "Least similarity (0-1) of two ads' wording to join them as one template.", DefaultValueFactory = _ => LinkingOptions.Default.TextSimilarity };
        similarity.Validators.Add(r => { if (r.GetValueOrDefault<double>() is <= 0 or > 1) { r.AddError("--text-similarity must be above 0 and at most 1."); } });

        var screen = new Command("screen", "Flag e-trafficking indicators in online ads, extract contacts and link ads into networks.")
        {
            input, output, region, kind, idField, textFields, imageDistance, similarity, CreateGenerate(), CreateEvaluate(),
        };
        screen.SetAction(parse =>
        {
            // Millions of ads stay in memory until they are linked: full blocking collections of that
            // heap cost more than collecting it in the background while the workers go on.
            System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.SustainedLowLatency;
            var options = new ScreeningOptions(parse.GetValue(region), LinkingOptions.Default with
            {
                ImageDistance = parse.GetValue(imageDistance),
                TextSimilarity = parse.GetValue(similarity),
            }, Kind: KindOf(parse.GetValue(kind)), IdField: parse.GetValue(idField)!, TextFields: parse.GetValue(textFields));
            var summary = Run(parse.GetValue(input)!, parse.GetValue(output)!.FullName, options);
            if (summary is null)
            {
                return InputError;
            }

            Console.Out.WriteLine($"{summary.Ads:N0} ads screened in {summary.Seconds["total"]:0.00} s ({summary.AdsPerSecond:N0} ads/s); " +
                $"{summary.Indicators.Values.Sum():N0} indicators; {summary.Networks:N0} networks of 2 or more ads; {summary.Rejected:N0} lines rejected.");
            return summary.Rejected > 0 ? SomeRejected : 0;
        });
        return screen;
    }

    private static Option<string?> KindOption(string? fallback)
    {
        var kind = new Option<string?>("--kind") { Description = "Kind of the ads that do not declare one (job, service, profile, message); inferred from their words when not given.", DefaultValueFactory = _ => fallback };
        kind.AcceptOnlyFromAmong("job", "service", "profile", "message");
        return kind;
    }

    private static Option<string> IdFieldOption() =>
        new("--id-field") { Description = "The input field or column that holds each ad's id.", DefaultValueFactory = _ => "id" };

    private static Option<string[]?> TextFieldsOption() =>
        new("--text-fields") { Description = "Fields whose values, joined by line breaks, are the text screened (comma-separated); by default text, or title and body/description.", CustomParser = r => r.Tokens.Count == 0 ? null : [.. r.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))] };

    private static AdKind? KindOf(string? code) => code is not null && AdKinds.TryParse(code, out var kind) ? kind : null;

    private static Option<string?> RegionOption()
    {
        var region = new Option<string?>("--region") { Description = "ISO 3166-1 alpha-2 region for national phone numbers in ads without a country (e.g. GB)." };
        region.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } value && (value.Length != 2 || !value.All(char.IsAsciiLetter)))
            {
                r.AddError("--region must be a two-letter ISO 3166-1 code such as GB.");
            }
        });
        return region;
    }

    /// <summary>Runs the engine with a progress bar on a terminal; null (after saying why) when the input cannot be read.</summary>
    private static ScreeningSummary? Run(FileInfo input, string outputDirectory, ScreeningOptions options)
    {
        var format = input.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) ? InputFormat.Csv : InputFormat.JsonLines;
        try
        {
            using var stream = new FileStream(input.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            return WithProgress($"Screening {input.Name}", progress => ScreeningRun.Execute(stream, format, outputDirectory, options with { Region = options.Region?.ToUpperInvariant() }, progress));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Console.Error.WriteLine($"{input.FullName}: {ex.Message}");
            return null;
        }
    }

    private static T WithProgress<T>(string title, Func<IProgress<double>?, T> work)
    {
        if (Console.IsErrorRedirected)
        {
            return work(null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T result = default!;
        console.Progress().Start(context =>
        {
            var task = context.AddTask(title, maxValue: 1);
            result = work(new Progress<double>(share => task.Value = share));
            task.Value = 1;
        });
        return result;
    }

    private static Command CreateGenerate()
    {
        var ads = new Option<int>("--ads") { Description = "How many ads to write.", Required = true };
        ads.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) { r.AddError("--ads must be at least 1."); } });
        var seed = new Option<int>("--seed") { Description = "The same seed gives the same corpus.", DefaultValueFactory = _ => 1 };
        var output = new Option<FileInfo?>("--out") { Description = "JSON Lines file to write (default: standard output)." };
        var truth = new Option<FileInfo?>("--truth") { Description = "Also write the ground truth (network, phones, planted indicators) as JSON Lines." };
        var generate = new Command("generate", "Write a synthetic corpus of ads with known networks, phones and indicators.") { ads, seed, output, truth };
        generate.SetAction(parse =>
        {
            try
            {
                var count = parse.GetValue(ads);
                using var adStream = parse.GetValue(output) is { } file ? new FileStream(file.FullName, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20) : Console.OpenStandardOutput();
                using var truthStream = parse.GetValue(truth) is { } truthFile ? new FileStream(truthFile.FullName, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20) : null;
                var generator = new CorpusGenerator(parse.GetValue(seed));
                for (var i = 0; i < count; i++)
                {
                    var (line, record) = generator.Next();
                    adStream.Write(line.Span);
                    if (truthStream is not null)
                    {
                        JsonSerializer.Serialize(truthStream, record, TruthJson.Options);
                        truthStream.WriteByte((byte)'\n');
                    }
                }

                return 0;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine(ex.Message);
                return InputError;
            }
        });
        return generate;
    }

    private static Command CreateEvaluate()
    {
        var input = new Argument<FileInfo>("INPUT") { Description = "Job ads known to be deceptive, as JSON Lines or CSV." };
        var region = RegionOption();
        var kind = KindOption("job");
        var idField = IdFieldOption();
        var textFields = TextFieldsOption();
        var evaluate = new Command("evaluate", "Screen a file of known deceptive job ads and report how many are flagged, by indicator, with the ads missed.") { input, region, kind, idField, textFields };
        evaluate.SetAction(parse =>
        {
            var file = parse.GetValue(input)!;
            var directory = Directory.CreateTempSubdirectory("lantern-evaluate-").FullName;
            try
            {
                var summary = Run(file, directory, new ScreeningOptions(parse.GetValue(region), Kind: KindOf(parse.GetValue(kind)), IdField: parse.GetValue(idField)!, TextFields: parse.GetValue(textFields)));
                if (summary is null)
                {
                    return InputError;
                }

                Console.Out.Write(JobAdEvaluation.Report(Path.Combine(directory, "ads.jsonl"), summary));
                return 0;
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        });
        return evaluate;
    }
}

internal static class TruthJson
{
    public static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}

/// <summary>Reads ads.jsonl back and tells how many ads carry at least one job indicator, and which do not.</summary>
internal static class JobAdEvaluation
{
    public static string Report(string adsFile, ScreeningSummary summary)
    {
        var jobCodes = IndicatorCatalog.All.Where(i => i.Code.StartsWith("job.", StringComparison.Ordinal)).Select(i => i.Code).ToHashSet();
        var missed = new List<string>();
        var flagged = 0;
        foreach (var line in File.ReadLines(adsFile))
        {
            using var ad = JsonDocument.Parse(line);
            var codes = ad.RootElement.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("code").GetString()!);
            if (codes.Any(jobCodes.Contains))
            {
                flagged++;
            }
            else
            {
                missed.Add(ad.RootElement.GetProperty("id").GetString()!);
            }
        }

        var report = new System.Text.StringBuilder();
        report.AppendLine($"ads: {summary.Ads}, rejected: {summary.Rejected}");
        report.AppendLine($"flagged with at least one job.* indicator: {flagged} ({(summary.Ads == 0 ? 0 : 100.0 * flagged / summary.Ads):0.0}%)");
        report.AppendLine($"kinds: {string.Join(", ", summary.Kinds.Select(k => $"{k.Key} {k.Value}"))}");
        foreach (var (code, count) in summary.Indicators.Where(i => i.Value > 0))
        {
            report.AppendLine($"  {code,-28} {count,6}");
        }

        report.AppendLine($"missed ({missed.Count}): {string.Join(' ', missed)}");
        return report.ToString();
    }
}
