namespace Lantern.Screening.Text;

/// <summary>A phrase found in an ad: the rule group it belongs to and the tokens it covers (inclusive).</summary>
public readonly record struct PhraseMatch(int Group, int FirstToken, int LastToken);

/// <summary>
/// Finds many phrases at once by walking a word trie from every token. A phrase is written as
/// words separated by spaces; "a|b" offers alternatives and "*" stands for any one word, so
/// "send * photo|photos" covers "send us photos" and "send a photo".
/// </summary>
public sealed class PhraseMatcher(Vocabulary vocabulary)
{
    private const int NoNode = -1;

    private readonly Dictionary<long, int> edges = [];
    private readonly List<int> wildcardChild = [NoNode];
    private readonly List<List<int>?> groupsAt = [null];

    public Vocabulary Vocabulary => vocabulary;

    public void Add(string phrase, int group)
    {
        var steps = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (steps.Length == 0)
        {
            throw new ArgumentException("A phrase needs at least one word.", nameof(phrase));
        }

        if (steps[0] == "*")
        {
            throw new ArgumentException($"A phrase cannot start with \"*\": {phrase}", nameof(phrase));
        }

        AddFrom(0, steps, 0, group);
    }

    private void AddFrom(int node, string[] steps, int step, int group)
    {
        if (step == steps.Length)
        {
            (groupsAt[node] ??= []).Add(group);
            return;
        }

        foreach (var alternative in steps[step].Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            var child = alternative == "*" ? WildcardChildOf(node) : ChildOf(node, vocabulary.Add(Tokenizer.Fold(alternative)));
            AddFrom(child, steps, step + 1, group);
        }
    }

    private int ChildOf(int node, int wordId)
    {
        var key = Key(node, wordId);
        if (!edges.TryGetValue(key, out var child))
        {
            child = NewNode();
            edges.Add(key, child);
        }

        return child;
    }

    private int WildcardChildOf(int node)
    {
        if (wildcardChild[node] == NoNode)
        {
            wildcardChild[node] = NewNode();
        }

        return wildcardChild[node];
    }

    private int NewNode()
    {
        wildcardChild.Add(NoNode);
        groupsAt.Add(null);
        return wildcardChild.Count - 1;
    }

    private static long Key(int node, int wordId) => ((long)node << 32) | (uint)wordId;

    public void Match(ReadOnlySpan<Token> tokens, List<PhraseMatch> found)
    {
        for (var start = 0; start < tokens.Length; start++)
        {
            if (tokens[start].WordId >= 0)
            {
                Walk(tokens, start, start, 0, found);
            }
        }
    }

    private void Walk(ReadOnlySpan<Token> tokens, int start, int position, int node, List<PhraseMatch> found)
    {
        if (position >= tokens.Length)
        {
            return;
        }

        var wordId = tokens[position].WordId;
        if (wordId >= 0 && edges.TryGetValue(Key(node, wordId), out var child))
        {
            Reached(tokens, start, position, child, found);
        }

        if (wildcardChild[node] is var any && any != NoNode)
        {
            Reached(tokens, start, position, any, found);
        }
    }

    private void Reached(ReadOnlySpan<Token> tokens, int start, int position, int node, List<PhraseMatch> found)
    {
        if (groupsAt[node] is { } groups)
        {
            foreach (var group in groups)
            {
                found.Add(new PhraseMatch(group, start, position));
            }
        }

        Walk(tokens, start, position + 1, node, found);
    }
}
