namespace Lantern.Screening.Contacts.Phones;

/// <summary>
/// A stretch of text made only of digits however they are written (<see cref="DigitSymbols"/>,
/// <see cref="DigitWords"/>, letters standing for digits) and the separators people put between
/// them, with an optional + in front. Phone numbers are looked for inside it.
/// </summary>
internal ref struct PhoneRun
{
    /// <summary>Enough for a number spelled out digit by digit with a price or two beside it.</summary>
    public const int MaxGroups = 32;

    /// <summary>The digit buffer's size; a run that would need more stops early.</summary>
    public const int MaxDigits = 64;

    /// <summary>At most this many visible characters between two groups ("07700 - 900").</summary>
    private const int MaxSeparatorLength = 3;

    private readonly string text;
    private readonly Span<DigitGroup> groups;
    private readonly Span<byte> digits;

    /// <summary>Where a ( that opens the run is written, or -1.</summary>
    private int openParenthesisAt = -1;

    private PhoneRun(string text, Span<DigitGroup> groups, Span<byte> digits)
    {
        this.text = text;
        this.groups = groups;
        this.digits = digits;
    }

    public int GroupCount { get; private set; }

    /// <summary>Where a + before the first group is written, or -1.</summary>
    public int PlusAt { get; private set; } = -1;

    public readonly Span<DigitGroup> Groups => groups[..GroupCount];

    public readonly ReadOnlySpan<byte> Digits => digits;

    /// <summary>Where the run's first character is written: its (, its + or its first digit.</summary>
    public readonly int Start =>
        openParenthesisAt >= 0 ? openParenthesisAt : PlusAt >= 0 ? PlusAt : groups[0].Start;

    /// <summary>Reads the run that starts at <paramref name="start"/>.</summary>
    public static PhoneRun Read(string text, int start, Span<DigitGroup> groups, Span<byte> digits)
    {
        var run = new PhoneRun(text, groups, digits);
        run.ReadFrom(start);
        return run;
    }

    private void ReadFrom(int at)
    {
        if (text[at] == '(')
        {
            openParenthesisAt = at;
            at = ContactChars.SkipSpaces(text, at + 1, 1);
        }

        if (at < text.Length && text[at] is '+' or '\uFF0B')
        {
            PlusAt = at;
            at = ContactChars.SkipSpaces(text, at + 1, 1);
            if (at < text.Length && text[at] == '(')
            {
                at++;
            }
        }

        var joiner = '\0';
        var digitCount = 0;
        while (GroupCount < groups.Length && at < text.Length)
        {
            var end = ReadGroup(at, digitCount, out var groupDigits);
            if (end == at)
            {
                break;
            }

            groups[GroupCount++] = new DigitGroup
            {
                Start = at,
                End = end,
                FirstDigit = digitCount,
                DigitCount = groupDigits,
                Joiner = joiner,
                Excluded = digitCount + groupDigits > digits.Length,
            };
            digitCount += groupDigits;
            if (digitCount >= digits.Length)
            {
                break;
            }

            // The separator is taken on trust: if no group follows it, the loop ends without it.
            var next = SkipSeparator(end, out joiner);
            if (next == end)
            {
                break;
            }

            at = next;
        }
    }

    /// <summary>
    /// Reads the digits written together from <paramref name="at"/> into the buffer from
    /// <paramref name="firstDigit"/>, and returns where they end. Digits beyond the buffer are
    /// counted but not kept.
    /// </summary>
    private readonly int ReadGroup(int at, int firstDigit, out int count)
    {
        count = 0;
        var lastWasDigit = false;
        while (at < text.Length)
        {
            var c = text[at];
            if (DigitSymbols.TryRead(text, at, out var digit, out var end))
            {
                Append(firstDigit, ref count, digit, 1);
                at = end;
                lastWasDigit = true;
            }
            else if (char.IsLetter(c))
            {
                end = ReadLetters(at, firstDigit, ref count, lastWasDigit);
                if (end == at)
                {
                    break;
                }

                at = end;
                lastWasDigit = true;
            }
            else if (c == '|' && lastWasDigit && DigitSymbols.IsDigitAt(text, at + 1))
            {
                // A bar between digits is an l (a 1) in disguise; elsewhere it separates.
                Append(firstDigit, ref count, 1, 1);
                at++;
            }
            else
            {
                break;
            }
        }

        return at;
    }

    /// <summary>
    /// Letters inside a run are digits only when the whole word is: spelled-out digits
    /// ("seven", "zeroseven", "double seven"), or O/l/I touching a real digit ("O77OO").
    /// Returns <paramref name="at"/> when the letters are an ordinary word.
    /// </summary>
    private readonly int ReadLetters(int at, int firstDigit, ref int count, bool afterDigit)
    {
        var end = ContactChars.EndOfLetters(text, at);
        var word = text.AsSpan(at, end - at);
        if (ReadDigitWords(word, firstDigit, ref count))
        {
            return end;
        }

        var times = DigitWords.RepeatCount(word);
        if (times > 0)
        {
            return ReadRepeated(end, firstDigit, ref count, times, at);
        }

        if (!afterDigit && !DigitSymbols.IsDigitAt(text, end))
        {
            return at;
        }

        foreach (var c in word)
        {
            if (DigitSymbols.FromLetter(c) < 0)
            {
                return at;
            }
        }

        foreach (var c in word)
        {
            Append(firstDigit, ref count, DigitSymbols.FromLetter(c), 1);
        }

        return end;
    }

    /// <summary>Appends the digits a word spells ("seven", "zeroseven"); nothing if it spells anything else.</summary>
    private readonly bool ReadDigitWords(ReadOnlySpan<char> word, int firstDigit, ref int count)
    {
        var before = count;
        while (!word.IsEmpty)
        {
            var length = DigitWords.MatchStart(word, out var digit);
            if (length == 0)
            {
                count = before;
                return false;
            }

            Append(firstDigit, ref count, digit, 1);
            word = word[length..];
        }

        return true;
    }

    /// <summary>"double seven", "triple 0": one digit (written or spelled) after a space or dash.</summary>
    private readonly int ReadRepeated(int wordEnd, int firstDigit, ref int count, int times, int wordStart)
    {
        var at = wordEnd < text.Length && text[wordEnd] is ' ' or '-' ? wordEnd + 1 : wordEnd;
        if (at >= text.Length)
        {
            return wordStart;
        }

        if (DigitSymbols.TryRead(text, at, out var digit, out var end))
        {
            Append(firstDigit, ref count, digit, times);
            return end;
        }

        if (!char.IsLetter(text[at]))
        {
            return wordStart;
        }

        end = ContactChars.EndOfLetters(text, at);
        var length = DigitWords.MatchStart(text.AsSpan(at, end - at), out digit);
        if (length == 0 || length != end - at)
        {
            return wordStart;
        }

        Append(firstDigit, ref count, digit, times);
        return end;
    }

    private readonly void Append(int firstDigit, ref int count, int digit, int times)
    {
        for (var i = 0; i < times; i++)
        {
            if (firstDigit + count < digits.Length)
            {
                digits[firstDigit + count] = (byte)digit;
            }

            count++;
        }
    }

    /// <summary>
    /// Skips the separator after a group. Zero-width characters slipped between digits to defeat
    /// filters do not count towards its length.
    /// </summary>
    private readonly int SkipSeparator(int at, out char joiner)
    {
        joiner = ' ';
        var visible = 0;
        var end = at;
        while (end < text.Length)
        {
            var c = text[end];
            if (IsInvisible(c))
            {
                end++;
                continue;
            }

            if (!IsSeparator(c) || ++visible > MaxSeparatorLength)
            {
                break;
            }

            joiner = visible == 1 ? c : ' ';
            end++;
        }

        return visible <= MaxSeparatorLength ? end : at;
    }

    private static bool IsSeparator(char c) =>
        ContactChars.IsInlineSpace(c)
        || c is '.' or '-' or '/' or '(' or ')' or '_' or '*' or '~' or '|' or '\u00B7' or '\u2022' or '\u2212'
        || c is >= '\u2010' and <= '\u2015';

    /// <summary>Zero-width spaces and joiners, word joiner, byte order mark, soft hyphen.</summary>
    private static bool IsInvisible(char c) => c is >= '\u200B' and <= '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';
}
