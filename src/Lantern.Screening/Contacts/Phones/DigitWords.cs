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
            if (letters.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                digit = value;
                return word.Length;
            }
        }

        return 0;
    }

    /// <summary>Whether <paramref name="letters"/> is nothing but digit words.</summary>
    public static bool IsDigitsOnly(ReadOnlySpan<char> letters)
    {
        while (!letters.IsEmpty)
        {
            var length = MatchStart(letters, out _);
            if (length == 0)
            {
                return false;
            }

            letters = letters[length..];
        }

        return true;
    }

    /// <summary>How many times "double", "triple"... repeat the next digit; 0 for other words.</summary>
    public static int RepeatCount(ReadOnlySpan<char> word)
    {
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
