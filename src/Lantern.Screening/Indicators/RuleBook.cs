using System.Text.Json;
using Lantern.Screening.Text;

namespace Lantern.Screening.Indicators;

/// <summary>Cue groups the rules read besides the indicators' own phrase lists.</summary>
public enum Cue
{
    KindJob,
    KindService,
    KindMessage,
    NameMarker,
    PlaceMarker,
    AgeBefore,
    AgeAfter,
    Currency,
    PerHour,
    PerDay,
    PerWeek,
    PerMonth,
    Misspelling,
    NonNativePhrase,
}

/// <summary>
/// Every word list of every language pack, compiled into one phrase matcher. A match's group is
/// either an indicator (its index) or a cue (after the indicators). Adding a language is adding a
/// JSON file under Indicators/Languages; no code changes.
/// </summary>
public sealed class RuleBook
{
    private static readonly Dictionary<string, Cue> CueNames = new(StringComparer.Ordinal)
    {
        ["kind.job"] = Cue.KindJob,
        ["kind.service"] = Cue.KindService,
        ["kind.message"] = Cue.KindMessage,
        ["marker.name"] = Cue.NameMarker,
        ["marker.place"] = Cue.PlaceMarker,
        ["marker.age_before"] = Cue.AgeBefore,
        ["marker.age_after"] = Cue.AgeAfter,
        ["money.currency"] = Cue.Currency,
        ["pay.hour"] = Cue.PerHour,
        ["pay.day"] = Cue.PerDay,
        ["pay.week"] = Cue.PerWeek,
        ["pay.month"] = Cue.PerMonth,
        ["lang.misspelling"] = Cue.Misspelling,
        ["lang.non_native"] = Cue.NonNativePhrase,
    };

    private static readonly int CueOffset = IndicatorCatalog.All.Count;

    private readonly int[] minDistinct = [.. IndicatorCatalog.All.Select(_ => 1)];

    private RuleBook()
    {
        Matcher = new PhraseMatcher(new Vocabulary());
    }

    public PhraseMatcher Matcher { get; }

    public IReadOnlyList<string> Languages { get; private set; } = [];

    /// <summary>Pay per period above which an offer counts as unrealistic, in the ad's currency units.</summary>
    public IReadOnlyDictionary<Cue, double> PayThresholds { get; private set; } = new Dictionary<Cue, double>();

    /// <summary>Built once from the packs compiled into the library.</summary>
    public static RuleBook Default { get; } = FromEmbeddedPacks();

    public static int GroupOf(Cue cue) => CueOffset + (int)cue;

    public static int GroupOf(Indicator indicator) => indicator.Index;

    public static bool IsCue(int group, Cue cue) => group == GroupOf(cue);

    public static Indicator? IndicatorOf(int group) => group < CueOffset ? IndicatorCatalog.All[group] : null;

    public static Cue? CueOf(int group) => group >= CueOffset ? (Cue)(group - CueOffset) : null;

    /// <summary>How many different phrases of an indicator an ad needs before it is raised.</summary>
    public int MinDistinct(Indicator indicator) => minDistinct[indicator.Index];

    private static RuleBook FromEmbeddedPacks()
    {
        var assembly = typeof(RuleBook).Assembly;
        var packs = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("Lantern.Screening.Languages.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                return (name, json: reader.ReadToEnd());
            });
        return FromPacks(packs);
    }

    /// <summary>Compiles language packs given as (name, JSON text); a malformed pack names itself and the bad field.</summary>
    public static RuleBook FromPacks(IEnumerable<(string Name, string Json)> packs)
    {
        var book = new RuleBook();
        var languages = new List<string>();
        var thresholds = new Dictionary<Cue, double>();
        foreach (var (name, json) in packs)
        {
            try
            {
                using var document = JsonDocument.Parse(json);
                languages.Add(Required(document.RootElement, "language").GetString() ?? name);
                book.AddIndicators(Required(document.RootElement, "indicators"));
                book.AddCues(Required(document.RootElement, "cues"));
                if (document.RootElement.TryGetProperty("pay_thresholds", out var pay))
                {
                    foreach (var period in pay.EnumerateObject())
                    {
                        thresholds[CueNamed($"pay.{period.Name}")] = period.Value.GetDouble();
                    }
                }
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or ArgumentException or InvalidDataException)
            {
                throw new InvalidDataException($"Language pack {name}: {ex.Message}", ex);
            }
        }

        book.Languages = languages;
        book.PayThresholds = thresholds;
        return book;
    }

    private void AddIndicators(JsonElement indicators)
    {
        foreach (var entry in indicators.EnumerateObject())
        {
            var indicator = IndicatorCatalog.ByCode(entry.Name)
                ?? throw new InvalidDataException($"unknown indicator \"{entry.Name}\"");
            if (entry.Value.TryGetProperty("min_distinct", out var min))
            {
                minDistinct[indicator.Index] = min.GetInt32();
            }

            foreach (var phrase in Required(entry.Value, "phrases").EnumerateArray())
            {
                Matcher.Add(phrase.GetString()!, GroupOf(indicator));
            }
        }
    }

    private void AddCues(JsonElement cues)
    {
        foreach (var entry in cues.EnumerateObject())
        {
            var cue = CueNamed(entry.Name);
            foreach (var phrase in entry.Value.EnumerateArray())
            {
                Matcher.Add(phrase.GetString()!, GroupOf(cue));
            }
        }
    }

    private static JsonElement Required(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) ? value : throw new InvalidDataException($"missing \"{name}\"");

    private static Cue CueNamed(string name) =>
        CueNames.TryGetValue(name, out var cue) ? cue : throw new InvalidDataException($"unknown cue group \"{name}\"");
}
