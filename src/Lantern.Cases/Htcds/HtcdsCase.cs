using System.Collections.Immutable;

namespace Lantern.Cases.Htcds;

/// <summary>
/// One case as the HTCDS v2.0 record holds it, with Lantern's own columns: values by field name,
/// each of the shape its field's type gives (text, one of a picklist's values, a set of them, a
/// date, yes or no). Immutable: <c>With</c> gives a new case. Two cases are equal when they hold
/// the same values. Deprecated fields cannot be set.
/// </summary>
public sealed record HtcdsCase
{
    private readonly ImmutableSortedDictionary<string, object> values;

    private HtcdsCase(ImmutableSortedDictionary<string, object> values) => this.values = values;

    public static HtcdsCase Empty { get; } = new(ImmutableSortedDictionary.Create<string, object>(StringComparer.Ordinal));

    /// <summary>The names of the fields that hold a value, in ordinal order.</summary>
    public IEnumerable<string> FieldNames => values.Keys;

    public bool IsEmpty => values.IsEmpty;

    public string? CaseId => Text(HtcdsFields.CaseId);

    public DateOnly? RegisteredOn => Date(HtcdsFields.RegisteredOn);

    public string? RecruitmentCountry => Text(HtcdsFields.RecruitmentCountry);

    public string? ExploitationCountry => Text(HtcdsFields.ExploitationCountry);

    public bool? ConsentServices => YesNo(HtcdsFields.ConsentServices);

    public bool? ConsentDisclosure => YesNo(HtcdsFields.ConsentDisclosure);

    public bool? ConsentStatistics => YesNo(HtcdsFields.ConsentStatistics);

    public TraffickingStatus? TraffickingStatus =>
        Text("vic_TraffickingStatus") is { } status ? Enum.Parse<TraffickingStatus>(status) : null;

    public IReadOnlyList<ExploitationType> ExploitationTypes => [.. Choices("vic_TypeOfExploitation").Select(Enum.Parse<ExploitationType>)];

    /// <summary>A single value: text, a picklist value, a country code or a number as written; null if none.</summary>
    public string? Text(string field) => Get<string>(field, HtcdsValueShape.Single);

    /// <summary>The values chosen in a multi-select field, in the standard's order; empty if none.</summary>
    public IReadOnlyList<string> Choices(string field) => values.TryGetValue(Checked(field, HtcdsValueShape.Set).Name, out var set) ? (ImmutableArray<string>)set : [];

    public DateOnly? Date(string field) => values.TryGetValue(Checked(field, HtcdsValueShape.Date).Name, out var date) ? (DateOnly)date : null;

    public bool? YesNo(string field) => values.TryGetValue(Checked(field, HtcdsValueShape.YesNo).Name, out var yes) ? (bool)yes : null;

    /// <summary>
    /// Sets a field from its written form, as a file gives it: "2024-03-31", "yes", "ForcedLabour;Servitude".
    /// Null, empty or blank removes the value.
    /// </summary>
    /// <exception cref="ArgumentException">No such collected field, or the text is not a value of it.</exception>
    public HtcdsCase With(string field, string? text)
    {
        var known = HtcdsFields.Get(field);
        if (text?.Length > HtcdsLimits.Default.MaxCellChars)
        {
            throw new ArgumentException($"{field} may hold at most {HtcdsLimits.Default.MaxCellChars:N0} characters.", nameof(text));
        }

        var value = HtcdsCells.Parse(known, text ?? "", out var problem);
        return problem is not null ? throw new ArgumentException($"{field}: {problem}", nameof(text)) : Set(known, value);
    }

    /// <summary>Sets the values of a multi-select field; none removes it.</summary>
    public HtcdsCase With(string field, IEnumerable<string> choices)
    {
        var known = Checked(field, HtcdsValueShape.Set);
        var value = HtcdsCells.ParseSet(known, choices, out var problem);
        return problem is not null ? throw new ArgumentException($"{field}: {problem}", nameof(choices)) : Set(known, value);
    }

    public HtcdsCase With(string field, DateOnly? date) => Set(Checked(field, HtcdsValueShape.Date), date);

    public HtcdsCase With(string field, bool? yesNo) => Set(Checked(field, HtcdsValueShape.YesNo), yesNo);

    public HtcdsCase Without(string field) => new(values.Remove(HtcdsFields.Get(field).Name));

    public bool Equals(HtcdsCase? other) =>
        other is not null && values.Count == other.values.Count
        && values.All(pair => other.values.TryGetValue(pair.Key, out var theirs) && SameValue(pair.Value, theirs));

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var (field, value) in values)
        {
            hash.Add(field);
            hash.Add(value is ImmutableArray<string> set ? string.Join(';', set) : value);
        }

        return hash.ToHashCode();
    }

    /// <summary>Each value as its column's text, for the writers.</summary>
    internal string? Written(string field) => values.TryGetValue(field, out var value) ? HtcdsCells.Write(value) : null;

    /// <summary>For the readers, with a value already parsed for this field.</summary>
    internal HtcdsCase WithParsed(HtcdsField field, object? value) => Set(field, value);

    private static bool SameValue(object mine, object theirs) =>
        mine is ImmutableArray<string> set ? theirs is ImmutableArray<string> other && set.SequenceEqual(other) : mine.Equals(theirs);

    private static HtcdsField Checked(string field, HtcdsValueShape shape)
    {
        var known = HtcdsFields.Get(field);
        return known.Shape == shape ? known : throw new ArgumentException($"{field} holds a {known.Shape}, not a {shape}.", nameof(field));
    }

    private T? Get<T>(string field, HtcdsValueShape shape)
        where T : class =>
        values.TryGetValue(Checked(field, shape).Name, out var value) ? (T)value : null;

    private HtcdsCase Set(HtcdsField field, object? value) => new(value is null ? values.Remove(field.Name) : values.SetItem(field.Name, value));
}
