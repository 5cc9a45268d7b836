using System.Collections.Immutable;
using System.Text.Json;

namespace Lantern.Web.Features.Surveys.Model;

/// <summary>
/// A label in one or more languages, keyed by language code ("en", "it"). Immutable, so the
/// database layer can compare it by value; stored as one JSON object per column.
/// </summary>
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    public static readonly LocalizedText Empty = new(ImmutableSortedDictionary<string, string>.Empty);

    private LocalizedText(ImmutableSortedDictionary<string, string> texts) => Texts = texts;

    public ImmutableSortedDictionary<string, string> Texts { get; }

    public bool IsEmpty => Texts.Count == 0;

    public static LocalizedText Of(string language, string text) => Empty.With(language, text);

    /// <summary>A copy with the text for <paramref name="language"/> set, or removed when blank.</summary>
    public LocalizedText With(string language, string? text) =>
        new(string.IsNullOrWhiteSpace(text) ? Texts.Remove(language) : Texts.SetItem(language, text.Trim()));

    /// <summary>The text in the asked language, else in the fallback, else any text there is.</summary>
    public string In(string language, string fallbackLanguage) =>
        Texts.TryGetValue(language, out var text) || Texts.TryGetValue(fallbackLanguage, out text) ? text
        : Texts.Values.FirstOrDefault() ?? "";

    public string ToJson() => JsonSerializer.Serialize(Texts);

    public static LocalizedText FromJson(string json) =>
        string.IsNullOrEmpty(json) ? Empty
        : new(JsonSerializer.Deserialize<Dictionary<string, string>>(json)!.ToImmutableSortedDictionary(StringComparer.Ordinal));

    public bool Equals(LocalizedText? other) =>
        other is not null && Texts.Count == other.Texts.Count
        && Texts.All(pair => other.Texts.TryGetValue(pair.Key, out var text) && text == pair.Value);

    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    public override int GetHashCode() => Texts.Aggregate(0, (hash, pair) => HashCode.Combine(hash, pair.Key, pair.Value));

    public override string ToString() => Texts.Values.FirstOrDefault() ?? "";
}
