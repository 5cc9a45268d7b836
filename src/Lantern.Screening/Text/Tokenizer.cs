using System.Globalization;

namespace Lantern.Screening.Text;

/// <summary>
/// Splits text into words in one pass: letters and digits, with apostrophes inside words
/// ("i'm") and digit groups joined by "," or "." ("5,000", "1.500") kept whole. Each word is
/// folded to lower case once, hashed, and looked up in the vocabulary without allocating.
/// </summary>
public static class Tokenizer
{
    private const int MaxWordLength = 64;

    public static void Tokenize(string text, Vocabulary vocabulary, List<Token> tokens)
    {
        tokens.Clear();
        Span<char> folded = stackalloc char[MaxWordLength];
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                sentenceStart |= c is '.' or '!' or '?' or '\n';
                i++;
                continue;
            }

            var start = i;
            var letters = 0;
            var upper = 0;
            var hasDigit = false;
            var length = 0;
            while (i < text.Length)
            {
                c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    if (char.IsDigit(c))
                    {
                        hasDigit = true;
                    }
                    else
                    {
                        letters++;
                        upper += char.IsUpper(c) ? 1 : 0;
                    }

                    if (length < MaxWordLength)
                    {
                        folded[length++] = char.ToLowerInvariant(c);
                    }

                    i++;
                }
                else if (IsJoiner(text, i, c))
                {
                    if (length < MaxWordLength)
                    {
                        folded[length++] = c == '\u2019' ? '\'' : c;
                    }

                    i++;
                }
                else
                {
                    break;
                }
            }

            var word = folded[..length];
            var shape = TokenShape.None;
            if (hasDigit)
            {
                shape |= TokenShape.HasDigit;
            }

            if (char.IsUpper(text[start]))
            {
                shape |= TokenShape.Capitalized;
            }

            if (letters >= 2 && upper == letters)
            {
                shape |= TokenShape.Shouted;
            }

            if (sentenceStart)
            {
                shape |= TokenShape.SentenceStart;
            }

            tokens.Add(new Token(start, i, vocabulary.IdOf(word), Hash(word), shape));
            sentenceStart = false;
        }
    }

    /// <summary>An apostrophe between letters, or "," / "." between digits, keeps the word whole.</summary>
    private static bool IsJoiner(string text, int i, char c)
    {
        if (i == 0 || i + 1 >= text.Length)
        {
            return false;
        }

        var before = text[i - 1];
        var after = text[i + 1];
        return c switch
        {
            '\'' or '\u2019' => char.IsLetter(before) && char.IsLetter(after),
            ',' or '.' => char.IsDigit(before) && char.IsDigit(after),
            _ => false,
        };
    }

    /// <summary>FNV-1a over the folded characters: cheap, stable across runs and machines.</summary>
    public static uint Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    /// <summary>Folds a phrase from the rule data the way the tokenizer folds ad text.</summary>
    public static string Fold(string word) => word.ToLower(CultureInfo.InvariantCulture).Replace('\u2019', '\'');
}
