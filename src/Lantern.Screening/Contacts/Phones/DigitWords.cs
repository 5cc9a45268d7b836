namespace Lantern.Screening.Contacts.Phones;

/// <summary>
/// Digits spelled out ("zero seven seven"), including words run together ("sevenseven") and
/// "double"/"triple" before a digit. English first; another language is more rows in
/// <see cref="Words"/> and <see cref="Repeats"/>.
/// </summary>
internal static class DigitWords
{
    private static readonly (string Word, byte Digit)[] Words =
    [
        ("zero", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4),
        ("five", 5), ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9),
    ];

    private static readonly (string Word, int Times)[] Repeats = [("double", 2), ("triple", 3)];

    /// <summary>The words indexed by their first letter, so most ordinary words are rejected at once.</summary>
    private static readonly (string Word, byte Digit)[][] ByFirstLetter = Index();

    private static readonly int MinRepeatLength = Repeats.Min(r => r.Word.Length);
    private static readonly int MaxRepeatLength = Repeats.Max(r => r.Word.Length);

    /// <summary>
    /// The length of the digit word that <paramref name="letters"/> starts with, or 0.
    /// </summary>
    public static int MatchStart(ReadOnlySpan<char> letters, out int digit)
    {
        digit = -1;
        var first = (char)(letters[0] | 0x20);
        if (first is < 'a' or > 'z')
        {
            return 0;
        }

        foreach (var (word, value) in ByFirstLetter[first - 'a'])
        {
            if (StartsWithIgnoringCase(letters, word))
            {
                digit = value;
                return word.Length;
            }
        }

        return 0;
    }

    /// <summary>A plain loop: this runs for most words of every ad, and the words are short and ASCII.</summary>
    private static bool StartsWithIgnoringCase(ReadOnlySpan<char> letters, string lowerCaseWord)
    {
        if (letters.Length < lowerCaseWord.Length)
        {
            return false;
        }

        for (var i = 0; i < lowerCaseWord.Length; i++)
        {
            if ((letters[i] | 0x20) != lowerCaseWord[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many times "double", "triple"... repeat the next digit; 0 for other words.</summary>
    public static int RepeatCount(ReadOnlySpan<char> word)
    {
        if (word.Length < MinRepeatLength || word.Length > MaxRepeatLength)
        {
            return 0;
        }

        foreach (var (repeat, times) in Repeats)
        {
            if (word.Equals(repeat, StringComparison.OrdinalIgnoreCase))
            {
                return times;
            }
        }

        return 0;
    }

    private static (string, byte)[][] Index()
    {
        var index = new (string, byte)[26][];
        for (var letter = 0; letter < 26; letter++)
        {
            index[letter] = [.. Words.Where(w => w.Word[0] == 'a' + letter)];
        }

        return index;
    }
}
