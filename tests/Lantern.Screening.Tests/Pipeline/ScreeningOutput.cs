using System.Text;
using System.Text.Json;

namespace Lantern.Screening.Tests.Pipeline;

/// <summary>A finished run read back from its output directory, as another tool would read it.</summary>
public sealed class ScreeningOutput : IDisposable
{
    private readonly string directory;

    private ScreeningOutput(string directory, ScreeningSummary summary)
    {
        this.directory = directory;
        Summary = summary;
    }

    public ScreeningSummary Summary { get; }

    public IReadOnlyList<JsonElement> Ads => Lines("ads.jsonl");

    public IReadOnlyList<JsonElement> Clusters => Lines("clusters.jsonl");

    public IReadOnlyList<JsonElement> Errors => Lines("errors.jsonl");

    public JsonElement SummaryJson => JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "summary.json"))).RootElement;

    public static ScreeningOutput Run(string input, InputFormat format = InputFormat.JsonLines, ScreeningOptions? options = null) =>
        Run(Encoding.UTF8.GetBytes(input), format, options);

    public static ScreeningOutput Run(byte[] input, InputFormat format = InputFormat.JsonLines, ScreeningOptions? options = null)
    {
        var directory = Directory.CreateTempSubdirectory("lantern-screen-test-").FullName;
        using var stream = new MemoryStream(input);
        return new ScreeningOutput(directory, ScreeningRun.Execute(stream, format, directory, options));
    }

    private JsonElement[] Lines(string file) =>
        [.. File.ReadLines(Path.Combine(directory, file)).Select(line => JsonDocument.Parse(line).RootElement)];

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
