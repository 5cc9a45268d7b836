using System.Runtime.InteropServices;
using Lantern.Screening.Contacts;
using Lantern.Screening.Text;

namespace Lantern.Screening.Indicators;

/// <summary>
/// One ad's words, phrase matches and contacts, with per-token cue bits so the rules can ask
/// "does a cue start or end here?" in constant time. Reused from ad to ad by one worker.
/// </summary>
internal sealed class TextScan
{
    public string Text { get; private set; } = "";

    public List<Token> Tokens { get; } = [];

    public List<PhraseMatch> Matches { get; } = [];

    public List<Entity> Entities { get; } = [];

    private int[] cuesStarting = new int[256];
    private int[] cuesEnding = new int[256];

    public void Load(string text, string? region, RuleBook rules)
    {
        Text = text;
        Tokenizer.Tokenize(text, rules.Matcher.Vocabulary, Tokens);
        Matches.Clear();
        rules.Matcher.Match(CollectionsMarshal.AsSpan(Tokens), Matches);
        Entities.Clear();
        ContactExtractor.Extract(text, region, Entities);

        if (cuesStarting.Length < Tokens.Count)
        {
            cuesStarting = new int[Tokens.Count * 2];
            cuesEnding = new int[Tokens.Count * 2];
        }

        Array.Clear(cuesStarting, 0, Tokens.Count);
        Array.Clear(cuesEnding, 0, Tokens.Count);
        foreach (var match in Matches)
        {
            if (RuleBook.CueOf(match.Group) is { } cue)
            {
                var bit = 1 << (int)cue;
                cuesStarting[match.FirstToken] |= bit;
                cuesEnding[match.LastToken] |= bit;
            }
        }
    }

    public bool CueStartsAt(int token, Cue cue) => token >= 0 && token < Tokens.Count && (cuesStarting[token] & (1 << (int)cue)) != 0;

    public bool CueEndsAt(int token, Cue cue) => token >= 0 && token < Tokens.Count && (cuesEnding[token] & (1 << (int)cue)) != 0;

    public int Count(Cue cue)
    {
        var count = 0;
        foreach (var match in Matches)
        {
            count += RuleBook.IsCue(match.Group, cue) ? 1 : 0;
        }

        return count;
    }

    public Evidence EvidenceOf(int firstToken, int lastToken) => Evidence.Of(Text, Tokens[firstToken].Start, Tokens[lastToken].End);

    public ReadOnlySpan<char> Word(int token) => Text.AsSpan(Tokens[token].Start, Tokens[token].Length);

    /// <summary>True when the token lies inside a contact, so rules never read a phone number as an age or a price.</summary>
    public bool InsideContact(int token)
    {
        var t = Tokens[token];
        foreach (var entity in Entities)
        {
            if (t.Start < entity.Evidence.End && t.End > entity.Evidence.Start)
            {
                return true;
            }
        }

        return false;
    }
}
