using Lantern.Screening.Text;

namespace Lantern.Screening.Tests.Indicators;

public sealed class PhraseMatcherTests
{
    private static List<(int Group, string Text)> Find(string text, params (string Phrase, int Group)[] phrases)
    {
        var matcher = new PhraseMatcher(new Vocabulary());
        foreach (var (phrase, group) in phrases)
        {
            matcher.Add(phrase, group);
        }

        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, matcher.Vocabulary, tokens);
        var found = new List<PhraseMatch>();
        matcher.Match(tokens.ToArray(), found);
        return [.. found.Select(m => (m.Group, text[tokens[m.FirstToken].Start..tokens[m.LastToken].End]))];
    }

    [Fact]
    public void Alternatives_and_wildcards_match_the_words_they_allow()
    {
        var found = Find("Please SEND us your photos, or send a picture.", ("send * photo|photos|picture", 1), ("send * your photos", 2));

        found.ShouldBe([(2, "SEND us your photos"), (1, "send a picture")], ignoreOrder: true);
    }

    [Fact]
    public void Alternatives_do_not_leak_into_other_phrases_that_share_a_prefix()
    {
        // "send your|a photo" and "send a cv" share "send a"; "send your cv" must not match either.
        var found = Find("send your cv", ("send your|a photo", 1), ("send a cv", 2));

        found.ShouldBeEmpty();
    }

    [Fact]
    public void Words_are_matched_whole_and_case_blind_with_curly_apostrophes_folded()
    {
        var found = Find("I\u2019m Anna. Teenage? No: a teenager.", ("i'm", 1), ("teen", 2));

        found.ShouldBe([(1, "I\u2019m")]);
    }

    [Fact]
    public void A_phrase_cannot_start_with_a_wildcard()
    {
        var matcher = new PhraseMatcher(new Vocabulary());

        Should.Throw<ArgumentException>(() => matcher.Add("* photo", 1)).Message.ShouldContain("* photo");
    }

    [Fact]
    public void Digit_groups_stay_one_word()
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize("Earn $5,000 or 1.500 EUR, 24/7.", new Vocabulary(), tokens);

        tokens.Select(t => "Earn $5,000 or 1.500 EUR, 24/7."[t.Start..t.End]).ShouldBe(["Earn", "5,000", "or", "1.500", "EUR", "24", "7"]);
        tokens[4].Has(TokenShape.Shouted).ShouldBeTrue();
        tokens[0].Has(TokenShape.SentenceStart).ShouldBeTrue();
        tokens[2].Has(TokenShape.SentenceStart).ShouldBeFalse();
    }
}
