namespace Lantern.Screening.Text;

/// <summary>
/// The words any rule mentions, each with a small integer id. Ad words outside it get -1, so the
/// phrase matcher never compares strings.
/// </summary>
public sealed class Vocabulary
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public Vocabulary() => lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Add(string foldedWord)
    {
        if (!ids.TryGetValue(foldedWord, out var id))
        {
            id = ids.Count;
            ids.Add(foldedWord, id);
        }

        return id;
    }

    public int IdOf(ReadOnlySpan<char> foldedWord) => lookup.TryGetValue(foldedWord, out var id) ? id : -1;
}
