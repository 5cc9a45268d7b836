namespace Lantern.Screening.Text;

[Flags]
public enum TokenShape : byte
{
    None = 0,

    /// <summary>The token holds a digit (numbers, "17yo", "2nd").</summary>
    HasDigit = 1,

    /// <summary>The first character is an upper-case letter.</summary>
    Capitalized = 2,

    /// <summary>Every letter is upper case and there are at least two of them.</summary>
    Shouted = 4,

    /// <summary>The first word of the text or of a sentence.</summary>
    SentenceStart = 8,
}

/// <summary>
/// One word of an ad: where it is, its vocabulary id (-1 when no rule mentions it), a hash of its
/// lower-case form for near-duplicate sketches, and its shape.
/// </summary>
public readonly record struct Token(int Start, int End, int WordId, uint Hash, TokenShape Shape)
{
    public int Length => End - Start;

    public bool Has(TokenShape shape) => (Shape & shape) == shape;
}
