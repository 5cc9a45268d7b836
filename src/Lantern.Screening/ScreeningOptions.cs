using Lantern.Screening.Ads;
using Lantern.Screening.Indicators;
using Lantern.Screening.Linking;
using Lantern.Screening.Scoring;

namespace Lantern.Screening;

public enum InputFormat
{
    JsonLines,
    Csv,
}

/// <param name="Region">ISO 3166-1 alpha-2 region for national phone numbers in ads that give no country.</param>
/// <param name="IdField">The input field that holds each ad's id, when it is not called "id" (EMSCAD calls it "job_id").</param>
/// <param name="TextFields">Fields whose values, joined by line breaks, are the text screened; when empty, "text", or "title" and "body"/"description".</param>
/// <param name="Kind">The kind of ads that do not declare one; null to infer it from their words.</param>
/// <param name="Workers">Threads that screen ads; by default one per processor.</param>
public sealed record ScreeningOptions(
    string? Region = null,
    LinkingOptions? Linking = null,
    IRiskScorer? Scorer = null,
    RuleBook? Rules = null,
    AdKind? Kind = null,
    string IdField = "id",
    IReadOnlyList<string>? TextFields = null,
    int Workers = 0)
{
    public LinkingOptions LinkingOrDefault => Linking ?? LinkingOptions.Default;

    public IRiskScorer ScorerOrDefault => Scorer ?? RuleRiskScorer.Instance;

    public RuleBook RulesOrDefault => Rules ?? RuleBook.Default;

    public IReadOnlyList<string> TextFieldsOrDefault => TextFields ?? [];

    public int WorkersOrDefault => Workers > 0 ? Workers : Environment.ProcessorCount;
}
