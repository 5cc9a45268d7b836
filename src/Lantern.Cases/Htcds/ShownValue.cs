using System.Globalization;
using System.Text;

namespace Lantern.Cases.Htcds;

/// <summary>
/// A value from a file as a problem message quotes it. The file may be hostile: the value is cut to
/// 40 characters and every control, formatting (such as a right-to-left override) or lone surrogate
/// character is written as an escape, so a message can neither run on nor rearrange what is shown around it.
/// </summary>
internal static class ShownValue
{
    private const int MaxChars = 40;

    public static string Of(string value)
    {
        var shown = new StringBuilder("\"");
        var cut = value.Length > MaxChars ? MaxChars : value.Length;
        if (cut < value.Length && char.IsHighSurrogate(value[cut - 1]))
        {
            cut--;
        }

        for (var i = 0; i < cut; i++)
        {
            var c = value[i];
            var pairs = char.IsHighSurrogate(c) && i + 1 < cut && char.IsLowSurrogate(value[i + 1]);
            if (pairs)
            {
                shown.Append(c).Append(value[++i]);
                continue;
            }

            shown.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format
                    => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return shown.Append(cut < value.Length ? "…\"" : "\"").ToString();
    }
}
