using System.Text.RegularExpressions;

namespace Lantern.Web.Infrastructure;

public static partial class LanguageCodes
{
    /// <summary>
    /// Normalises "EN; it , el" to "en,it,el". Returns null when a code is not two or three
    /// letters, so the caller can say which field is wrong.
    /// </summary>
    public static string? Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var codes = text.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(code => code.ToLowerInvariant())
            .Distinct()
            .ToList();
        return codes.All(code => Code().IsMatch(code)) ? string.Join(',', codes) : null;
    }

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex Code();
}
