namespace Lantern.Screening.Contacts.Phones;

/// <summary>
/// One shape of national significant number (the digits after the country code): the digits it
/// starts with and how many it has. Written as <c>leading/lengths</c>: <c>7/10</c> is ten digits
/// starting with 7, <c>1/9-10</c> nine or ten starting with 1, <c>N[0-8]xN/10</c> ten digits whose
/// first four are 2–9, 0–8, anything and 2–9. In the leading part a digit stands for itself,
/// <c>x</c> for any digit, <c>N</c> for 2–9, and <c>[..]</c> for the digits and ranges it lists.
/// </summary>
internal sealed class NumberPattern
{
    private const ushort AnyDigit = 0b11_1111_1111;
    private const ushort TwoToNine = 0b11_1111_1100;

    /// <summary>Per leading position, one bit for each digit allowed there.</summary>
    private readonly ushort[] leading;

    private NumberPattern(ushort[] leading, int minLength, int maxLength)
    {
        this.leading = leading;
        MinLength = minLength;
        MaxLength = maxLength;
    }

    public int MinLength { get; }

    public int MaxLength { get; }

    public bool Matches(ReadOnlySpan<byte> number)
    {
        if (number.Length < MinLength || number.Length > MaxLength)
        {
            return false;
        }

        for (var i = 0; i < leading.Length; i++)
        {
            if ((leading[i] >> number[i] & 1) == 0)
            {
                return false;
            }
        }

        return true;
    }

    public static NumberPattern Parse(string pattern)
    {
        var slash = pattern.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0)
        {
            throw BadPattern(pattern);
        }

        var lengths = pattern[(slash + 1)..].Split('-');
        var min = int.Parse(lengths[0]);
        var max = lengths.Length == 2 ? int.Parse(lengths[1]) : min;
        var leading = new List<ushort>();
        for (var i = 0; i < slash; i++)
        {
            var c = pattern[i];
            if (char.IsAsciiDigit(c))
            {
                leading.Add((ushort)(1 << (c - '0')));
            }
            else if (c == 'x')
            {
                leading.Add(AnyDigit);
            }
            else if (c == 'N')
            {
                leading.Add(TwoToNine);
            }
            else if (c == '[')
            {
                var close = pattern.IndexOf(']', i);
                if (close < 0)
                {
                    throw BadPattern(pattern);
                }

                leading.Add(ParseClass(pattern.AsSpan(i + 1, close - i - 1), pattern));
                i = close;
            }
            else
            {
                throw BadPattern(pattern);
            }
        }

        if (leading.Count > min || min > max)
        {
            throw BadPattern(pattern);
        }

        return new NumberPattern([.. leading], min, max);
    }

    /// <summary>A digit class such as <c>1-57</c> (1 to 5, and 7).</summary>
    private static ushort ParseClass(ReadOnlySpan<char> digits, string pattern)
    {
        ushort mask = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            if (!char.IsAsciiDigit(digits[i]))
            {
                throw BadPattern(pattern);
            }

            var from = digits[i] - '0';
            var to = from;
            if (i + 2 < digits.Length && digits[i + 1] == '-')
            {
                to = digits[i + 2] - '0';
                i += 2;
            }

            for (var d = from; d <= to; d++)
            {
                mask |= (ushort)(1 << d);
            }
        }

        return mask;
    }

    private static FormatException BadPattern(string pattern) =>
        new($"'{pattern}' is not a number pattern such as 7/10 or N[0-8]xN/10.");
}
