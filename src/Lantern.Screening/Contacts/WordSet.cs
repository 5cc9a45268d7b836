using System.Collections.Frozen;

namespace Lantern.Screening.Contacts;

/// <summary>
/// A case-insensitive set of ASCII words that can be asked about a slice of the text without
/// first copying it into a string.
/// </summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words;

    /// <param name="words">The words, separated by spaces.</param>
    public WordSet(string words)
    {
        this.words = words
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> word) => words.Contains(word);
}
