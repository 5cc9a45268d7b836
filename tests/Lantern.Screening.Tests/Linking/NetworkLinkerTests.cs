using Lantern.Screening.Contacts;
using Lantern.Screening.Indicators;
using Lantern.Screening.Linking;

namespace Lantern.Screening.Tests.Linking;

public sealed class NetworkLinkerTests
{
    private static LinkKeys Keys(string? phone = null, ulong[]? images = null, uint[]? shingles = null) =>
        new(phone is null ? Array.Empty<ulong>() : [ContactKey.Of(EntityType.Phone, phone)], images ?? [], shingles ?? []);

    [Fact]
    public void Ads_sharing_a_contact_form_one_network_and_the_link_names_them()
    {
        var networks = NetworkLinker.Link([Keys("+447700900001"), Keys("+447700900002"), Keys("+447700900001"), Keys()]);

        networks.ClusterOf.ShouldBe([1, 2, 1, 3]);
        networks.ClusterCount.ShouldBe(3);
        var link = networks.Links.Single();
        (link.Type, link.Key).ShouldBe((LinkType.Phone, ContactKey.Of(EntityType.Phone, "+447700900001")));
        link.Ads.ShouldBe([0, 2]);
    }

    [Fact]
    public void Pictures_join_within_the_bit_distance_and_not_beyond_it()
    {
        const ulong picture = 0x0123456789ABCDEF;
        var near = picture ^ 0b1011; // three bits differ
        var far = picture ^ 0xFF00; // eight bits differ from the first, eleven from the second

        var networks = NetworkLinker.Link([Keys(images: [picture]), Keys(images: [near]), Keys(images: [far])], new LinkingOptions(ImageDistance: 3));

        networks.ClusterOf.ShouldBe([1, 1, 2]);
        var link = networks.Links.Single();
        link.Type.ShouldBe(LinkType.Image);
        link.Pictures!.ShouldBe([picture, near], ignoreOrder: true);
    }

    [Fact]
    public void Links_are_transitive_across_kinds_of_evidence()
    {
        var networks = NetworkLinker.Link([Keys("+15551230001"), Keys("+15551230001", images: [42]), Keys(images: [42]), Keys()]);

        networks.ClusterOf.ShouldBe([1, 1, 1, 2]);
        networks.Links.Select(l => l.Type).ShouldBe([LinkType.Phone, LinkType.Image], ignoreOrder: true);
    }

    [Fact]
    public void Near_duplicate_wording_joins_ads_while_shared_boilerplate_alone_does_not()
    {
        var analyzer = new AdAnalyzer();
        uint[] Sketch(string text) => analyzer.Analyze(Ads.Ad.Of("x", text, Ads.AdKind.Service)).Shingles;

        var template = "Hi gentlemen, I'm {0}, new in {1}. Warm smile, quiet evenings, silk and velvet, coffee by the river, golden summer lights. Incall and outcall, roses per hour.";
        var ads = new List<LinkKeys>
        {
            Keys(shingles: Sketch(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, "Anna", "Leeds"))),
            Keys(shingles: Sketch(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, "Maria", "Milan"))),
        };

        // Forty independent posters whose ads are mostly the same stock phrases, each with a word of their own.
        string[] own = ["tulip", "harbour", "violin", "maple", "granite", "lantern", "meadow", "comet"];
        for (var i = 0; i < 40; i++)
        {
            ads.Add(Keys(shingles: Sketch($"New in town! Available 24/7. Discreet and clean. Call or text anytime. No rush, no games. {own[i % own.Length]} {own[(i / own.Length) % own.Length]}")));
        }

        var networks = NetworkLinker.Link(ads);

        networks.ClusterOf[0].ShouldBe(networks.ClusterOf[1]);
        networks.ClusterOf.Skip(2).Distinct().Count().ShouldBe(40);
        var text = networks.Links.Single();
        text.Type.ShouldBe(LinkType.Text);
        text.Similarity!.Value.ShouldBeGreaterThanOrEqualTo(LinkingOptions.Default.TextSimilarity);
    }

    [Fact]
    public void Clusters_are_numbered_by_the_order_of_their_first_ad()
    {
        var networks = NetworkLinker.Link([Keys("b"), Keys("a"), Keys("b"), Keys("a")]);

        networks.ClusterOf.ShouldBe([1, 2, 1, 2]);
    }

    [Fact]
    public void Minhash_estimates_jaccard_similarity()
    {
        // Two sets of 200 with 100 in common: Jaccard 1/3. With 32 hashes the estimate's standard error is about 0.08.
        var a = Enumerable.Range(0, 200).Select(i => (uint)(i * 2654435761u)).ToArray();
        var b = Enumerable.Range(100, 200).Select(i => (uint)(i * 2654435761u)).ToArray();
        Span<uint> sa = stackalloc uint[MinHash.Size];
        Span<uint> sb = stackalloc uint[MinHash.Size];
        MinHash.Sign(a, sa);
        MinHash.Sign(b, sb);

        MinHash.Similarity(sa, sb).ShouldBe(1.0 / 3, 0.25);
        MinHash.Similarity(sa, sa).ShouldBe(1.0);
    }

    [Fact]
    public void Contact_keys_keep_the_type_and_tell_values_apart()
    {
        var phone = ContactKey.Of(EntityType.Phone, "+447700900001");

        ContactKey.TypeOf(phone).ShouldBe(EntityType.Phone);
        ContactKey.TypeOf(ContactKey.Of(EntityType.Wallet, "+447700900001")).ShouldBe(EntityType.Wallet);
        ContactKey.Of(EntityType.Email, "+447700900001").ShouldNotBe(phone);
        ContactKey.Of(EntityType.Phone, "+447700900002").ShouldNotBe(phone);
        ContactKey.Of(EntityType.Phone, "+447700900001").ShouldBe(phone);
    }
}
