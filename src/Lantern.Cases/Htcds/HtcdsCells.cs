using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Lantern.Cases.Htcds;

/// <summary>
/// A field's value as it is written in a file and as a case holds it: text as given; coded values
/// (picklists, countries, dates, numbers, yes/no) trimmed and matched without regard to case, then
/// held in the standard's spelling. Parsing never throws: it gives the value or what is wrong with it.
/// </summary>
internal static partial class HtcdsCells
{
    private const int ValuesListed = 8;

    /// <summary>A value as a case holds it (string, DateOnly, bool or ImmutableArray of string), or null with the problem.</summary>
    public static object? Parse(HtcdsField field, string text, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return field.Shape switch
        {
            HtcdsValueShape.Set => ParseSet(field, text.Split(';'), out problem),
            HtcdsValueShape.Date => ParseDate(text, out problem),
            HtcdsValueShape.YesNo => ParseYesNo(text, out problem),
            _ => ParseSingle(field, text, out problem),
        };
    }

    /// <summary>The choices of a multi-select field, blanks skipped, each once, in the standard's order; null if none or with a problem.</summary>
    public static object? ParseSet(HtcdsField field, IEnumerable<string> items, out string? problem)
    {
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var item in items.Where(item => !string.IsNullOrWhiteSpace(item)))
        {
            if (Choice(field, item, out var itemProblem) is { } name)
            {
                chosen.Add(name);
            }
            else
            {
                problems.Add(itemProblem!);
            }
        }

        problem = problems.Count == 0 ? null : string.Join(" ", problems);
        return problem is null && chosen.Count > 0 ? InOrder(field, chosen) : null;
    }

    /// <summary>The text a file holds for a value a case holds.</summary>
    public static string Write(object value) => value switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool yes => yes ? "yes" : "no",
        ImmutableArray<string> set => string.Join(';', set),
        _ => (string)value,
    };

    private static ImmutableArray<string> InOrder(HtcdsField field, HashSet<string> chosen) =>
        field.Codes == HtcdsCodeList.None
            ? [.. field.Values.Select(value => value.Name).Where(chosen.Contains)]
            : [.. chosen.Order(StringComparer.Ordinal)];

    private static string? ParseSingle(HtcdsField field, string text, out string? problem)
    {
        problem = null;
        return field.Type switch
        {
            HtcdsFieldType.Picklist => Choice(field, text, out problem),
            HtcdsFieldType.Number or HtcdsFieldType.Geolocation => ParseNumber(field, text, out problem),
            _ when field.Codes != HtcdsCodeList.None => Choice(field, text, out problem),
            _ => text,
        };
    }

    private static string? Choice(HtcdsField field, string text, out string? problem)
    {
        var trimmed = text.Trim();
        var name = field.Codes switch
        {
            HtcdsCodeList.Country => IsoCountries.Normalise(trimmed),
            HtcdsCodeList.Language => LanguageCode().IsMatch(trimmed) ? trimmed : null,
            _ when field.Name == MethodsOfControl.FieldName => MethodsOfControl.Resolve(trimmed, field.Values),
            _ => field.Values.FirstOrDefault(value => string.Equals(value.Name, trimmed, StringComparison.OrdinalIgnoreCase))?.Name,
        };
        problem = name is not null ? null : field.Codes switch
        {
            HtcdsCodeList.Country => $"{ShownValue.Of(text)} is not an ISO 3166-1 alpha-2 country code (such as GR, NG or PH).",
            HtcdsCodeList.Language => $"{ShownValue.Of(text)} is not an ISO 639 language code (such as ell, el or en-GB).",
            _ => $"{ShownValue.Of(text)} is not a value of {field.Name}; the values are {Allowed(field)}.",
        };
        return name;
    }

    private static string Allowed(HtcdsField field)
    {
        var listed = string.Join(", ", field.Values.Take(ValuesListed).Select(value => value.Name));
        var more = field.Values.Count - ValuesListed;
        return more > 0 ? $"{listed} and {more} more" : listed;
    }

    private static DateOnly? ParseDate(string text, out string? problem)
    {
        var ok = DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
        problem = ok ? null : $"{ShownValue.Of(text)} is not a date written year-month-day (yyyy-MM-dd, such as 2024-03-31).";
        return ok ? date : null;
    }

    private static bool? ParseYesNo(string text, out string? problem)
    {
        var word = text.Trim();
        problem = null;
        if (word.Equals("yes", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (word.Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        problem = $"{ShownValue.Of(text)} is neither yes nor no.";
        return null;
    }

    /// <summary>
    /// Decimals with a point, kept as written once trimmed (so 1.50 stays 1.50). Latitudes lie within
    /// ±90 and longitudes ±180; the other numbers (children, an age) are whole and not negative.
    /// </summary>
    private static string? ParseNumber(HtcdsField field, string text, out string? problem)
    {
        var trimmed = text.Trim();
        if (!decimal.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            problem = $"{ShownValue.Of(text)} is not a number (digits, with a point for decimals).";
            return null;
        }

        var (limit, whole) = field.Name.EndsWith("Latitude", StringComparison.Ordinal) ? (90m, false)
            : field.Name.EndsWith("Longitude", StringComparison.Ordinal) ? (180m, false)
            : (decimal.MaxValue, true);
        var fits = whole ? number >= 0 && number == decimal.Truncate(number) : Math.Abs(number) <= limit;
        problem = fits ? null
            : whole ? $"{ShownValue.Of(text)} is not a whole number of 0 or more."
            : $"{ShownValue.Of(text)} is outside -{limit} to {limit}.";
        return fits ? number.ToString(CultureInfo.InvariantCulture) : null;
    }

    // ISO 639-1 (two letters) or 639-2 (three), optionally with an ISO 3166 country: "en", "ell", "en-GB".
    [GeneratedRegex("^[a-z]{2,3}(-[A-Z]{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageCode();
}
