using System.Text.RegularExpressions;

namespace Lantern.Web.Features.Surveys.XlsForms;

/// <summary>
/// Language columns of an XLSForm: <c>label::English (en)</c> as KoboToolbox writes them, or
/// <c>label::en</c>. Lantern keeps only the code; the English name is written back for the
/// languages listed here (the app runs with invariant globalization, so .NET has no names).
/// </summary>
public static partial class XlsFormLanguages
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["ar"] = "Arabic", ["bg"] = "Bulgarian", ["bn"] = "Bengali", ["de"] = "German", ["el"] = "Greek", ["en"] = "English",
        ["es"] = "Spanish", ["fa"] = "Persian", ["fr"] = "French", ["hi"] = "Hindi", ["it"] = "Italian", ["nl"] = "Dutch",
        ["pl"] = "Polish", ["pt"] = "Portuguese", ["ro"] = "Romanian", ["ru"] = "Russian", ["sq"] = "Albanian", ["sw"] = "Swahili",
        ["tl"] = "Tagalog", ["tr"] = "Turkish", ["uk"] = "Ukrainian", ["ur"] = "Urdu", ["vi"] = "Vietnamese", ["zh"] = "Chinese",
    };

    /// <summary>The code in "English (en)" or "en"; null when the text names no code.</summary>
    public static string? CodeOf(string text)
    {
        var trimmed = text.Trim();
        var match = NameWithCode().Match(trimmed);
        var code = (match.Success ? match.Groups["code"].Value : trimmed).ToLowerInvariant();
        return Code().IsMatch(code) && code.Length <= 16 ? code : null;
    }

    /// <summary>"English (en)": the form KoboToolbox writes and reads.</summary>
    public static string Describe(string code) => $"{Names.GetValueOrDefault(code, code)} ({code})";

    /// <summary>The column for a text in one language, e.g. <c>label::English (en)</c>.</summary>
    public static string Column(string prefix, string code) => $"{prefix}::{Describe(code)}";

    [GeneratedRegex(@"\((?<code>[^()]+)\)$")]
    private static partial Regex NameWithCode();

    [GeneratedRegex("^[a-z]{2,3}(-[a-z0-9]{2,8})*$")]
    private static partial Regex Code();
}
