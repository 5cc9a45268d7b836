using System.Globalization;
using System.Text;

namespace Lantern.Cases.Protection;

/// <summary>
/// Unicode compatibility decomposition (NFKD) for the blind index, from a table compiled in
/// (nfkd.txt, made by tools/unicode_nfkd_table.pl) rather than from string.Normalize, which does
/// nothing under InvariantGlobalization and elsewhere follows whatever ICU the machine has: an
/// index must give the same bytes on every machine for as long as it is kept. Decomposed rather
/// than composed (NFKC) since either form matches the same strings, and decomposing needs no
/// composition table. "é", "e" + U+0301, "ﬁ" → "fi", full-width "Ｍ" → "M", "Ⅻ" → "XII".
/// </summary>
internal static class UnicodeFolding
{
    private const int HangulFirst = 0xAC00, HangulLast = 0xD7A3, LeadBase = 0x1100, VowelBase = 0x1161, TrailBase = 0x11A7;
    private const int VowelCount = 21, TrailCount = 28;

    private static readonly Lazy<(Dictionary<int, int[]> Decompositions, Dictionary<int, int> Classes)> Table = new(LoadTable);

    public static string CompatibilityDecompose(string value)
    {
        if (!value.AsSpan().ContainsAnyExceptInRange('\0', '\u007F'))
        {
            return value;
        }

        var (decompositions, classes) = Table.Value;
        var code = new List<int>(value.Length);
        var text = value.AsSpan();
        while (!text.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(text, out var rune, out var used) != System.Buffers.OperationStatus.Done)
            {
                code.Add(text[0]); // a lone surrogate stays as it is
                text = text[1..];
                continue;
            }

            text = text[used..];
            var cp = rune.Value;
            if (cp is >= HangulFirst and <= HangulLast)
            {
                var index = cp - HangulFirst;
                code.Add(LeadBase + (index / (VowelCount * TrailCount)));
                code.Add(VowelBase + (index % (VowelCount * TrailCount) / TrailCount));
                if (index % TrailCount != 0)
                {
                    code.Add(TrailBase + (index % TrailCount));
                }
            }
            else if (decompositions.TryGetValue(cp, out var parts))
            {
                code.AddRange(parts);
            }
            else
            {
                code.Add(cp);
            }
        }

        OrderMarks(code, classes);
        var builder = new StringBuilder(code.Count);
        foreach (var cp in code)
        {
            if (Rune.IsValid(cp))
            {
                builder.Append(new Rune(cp).ToString());
            }
            else
            {
                builder.Append((char)cp);
            }
        }

        return builder.ToString();
    }

    /// <summary>Canonical ordering: each run of combining marks sorted by combining class, stably.</summary>
    private static void OrderMarks(List<int> code, Dictionary<int, int> classes)
    {
        for (var i = 1; i < code.Count; i++)
        {
            var cc = classes.GetValueOrDefault(code[i]);
            if (cc == 0)
            {
                continue;
            }

            var mark = code[i];
            var j = i;
            while (j > 0 && classes.GetValueOrDefault(code[j - 1]) > cc)
            {
                code[j] = code[j - 1];
                j--;
            }

            code[j] = mark;
        }
    }

    private static (Dictionary<int, int[]>, Dictionary<int, int>) LoadTable()
    {
        using var stream = typeof(UnicodeFolding).Assembly.GetManifestResourceStream("Lantern.Cases.Protection.nfkd.txt")
            ?? throw new InvalidOperationException("The Unicode table Lantern.Cases.Protection.nfkd.txt is not compiled into Lantern.Cases.");
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var decompositions = new Dictionary<int, int[]>();
        var classes = new Dictionary<int, int>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split(' ');
            var cp = int.Parse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (parts[0] == "D")
            {
                decompositions[cp] = [.. parts.Skip(2).Select(p => int.Parse(p, NumberStyles.HexNumber, CultureInfo.InvariantCulture))];
            }
            else
            {
                classes[cp] = int.Parse(parts[2], CultureInfo.InvariantCulture);
            }
        }

        return (decompositions, classes);
    }
}
