using System.Globalization;
using System.Text;

namespace Lantern.Cases.Protection;

/// <summary>
/// Turns a value into the one spelling its blind index is computed from, so that the ways people
/// type the same name, number or address give the same index. Null, or nothing left, gives null.
/// </summary>
public static class IndexNormaliser
{
    public static string? Normalise(string? value, IndexedValueKind kind) => kind switch
    {
        IndexedValueKind.PersonName => PersonName(value),
        IndexedValueKind.IdentityNumber => IdentityNumber(value),
        IndexedValueKind.Phone => Phone(value),
        IndexedValueKind.Email => Email(value),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of indexed value."),
    };

    /// <summary>"  María  José " and "MARÍA JOSÉ" both give "MARÍA JOSÉ".</summary>
    public static string? PersonName(string? value) => NullIfEmpty(CollapseSpaces(Upper(value)));

    /// <summary>"ab-123 456" and "AB123456" both give "AB123456".</summary>
    public static string? IdentityNumber(string? value)
    {
        var folded = Upper(value);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.DashPunctuation && c is not ('.' or '/'))
            {
                builder.Append(c);
            }
        }

        return NullIfEmpty(builder.ToString());
    }

    /// <summary>"+39 333 123 4567", "0039 333-123-4567" and "+393331234567" all give "393331234567".</summary>
    public static string? Phone(string? value)
    {
        var builder = new StringBuilder();
        foreach (var c in Fold(value))
        {
            var digit = CharUnicodeInfo.GetDecimalDigitValue(c);
            if (digit >= 0)
            {
                builder.Append((char)('0' + digit));
            }
        }

        var digits = builder.ToString();
        return NullIfEmpty(digits.StartsWith("00", StringComparison.Ordinal) ? digits[2..] : digits);
    }

    /// <summary>" Maria.Jose@Example.ORG " gives "maria.jose@example.org".</summary>
    public static string? Email(string? value) => NullIfEmpty(UnicodeFolding.CompatibilityDecompose(Fold(value).Trim().ToLowerInvariant()));

    private static string Fold(string? value) => UnicodeFolding.CompatibilityDecompose(value ?? string.Empty);

    /// <summary>Folded, upper-cased, folded again: a few letters' capitals decompose where the small letters did not.</summary>
    private static string Upper(string? value) => UnicodeFolding.CompatibilityDecompose(Fold(value).ToUpperInvariant());

    private static string CollapseSpaces(string value)
    {
        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
