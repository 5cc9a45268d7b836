using System.Globalization;
using System.Text;
using System.Text.Json;
using Lantern.Screening.Indicators;
using Xunit.Abstractions;

namespace Lantern.Screening.Tests.Pipeline;

public sealed class ScreeningRunTests(ITestOutputHelper log)
{
    private static readonly GeneratedCorpus Corpus = GeneratedCorpus.Make(3000, seed: 7);

    [Fact]
    public void Every_ad_gets_one_line_in_input_order_with_the_documented_fields()
    {
        using var output = ScreeningOutput.Run(Corpus.Input);

        var ads = output.Ads;
        ads.Select(a => a.GetProperty("id").GetString()).ShouldBe(Corpus.Truth.Select(t => t.Id));
        foreach (var ad in ads)
        {
            ad.GetProperty("kind").GetString().ShouldBeOneOf("job", "service", "profile", "message");
            ad.GetProperty("risk").GetDouble().ShouldBeInRange(0, 1);
            ad.GetProperty("cluster").GetInt32().ShouldBeGreaterThan(0);
            foreach (var indicator in ad.GetProperty("indicators").EnumerateArray())
            {
                IndicatorCatalog.ByCode(indicator.GetProperty("code").GetString()!).ShouldNotBeNull();
                indicator.GetProperty("evidence").GetArrayLength().ShouldBeGreaterThan(0);
            }
        }
    }

    [Fact]
    public void Clusters_account_for_every_ad_exactly_once_and_agree_with_the_ads()
    {
        using var output = ScreeningOutput.Run(Corpus.Input);

        var clusterOfAd = output.Ads.ToDictionary(a => a.GetProperty("id").GetString()!, a => a.GetProperty("cluster").GetInt32());
        var clusters = output.Clusters;
        clusters.Sum(c => c.GetProperty("size").GetInt32()).ShouldBe(clusterOfAd.Count);
        foreach (var cluster in clusters)
        {
            var number = cluster.GetProperty("cluster").GetInt32();
            var members = cluster.GetProperty("ad_ids").EnumerateArray().Select(e => e.GetString()!).ToList();
            members.Count.ShouldBe(cluster.GetProperty("size").GetInt32());
            members.ShouldAllBe(id => clusterOfAd[id] == number);
            foreach (var link in cluster.GetProperty("links").EnumerateArray())
            {
                link.GetProperty("ad_ids").EnumerateArray().Select(e => e.GetString()!).ShouldAllBe(id => members.Contains(id));
            }

            (members.Count > 1).ShouldBe(cluster.GetProperty("links").GetArrayLength() > 0, $"cluster {number}: a network needs a reason, a lone ad has none");
        }

        var summary = output.SummaryJson;
        summary.GetProperty("ads").GetInt64().ShouldBe(3000);
        summary.GetProperty("clusters").GetInt32().ShouldBe(clusters.Count);
        summary.GetProperty("networks").GetInt32().ShouldBe(clusters.Count(c => c.GetProperty("size").GetInt32() > 1));
    }

    [Fact]
    public void Generated_networks_are_recovered_with_high_pairwise_precision_and_recall()
    {
        using var output = ScreeningOutput.Run(Corpus.Input);

        var predicted = output.Ads.Select(a => a.GetProperty("cluster").GetInt32()).ToArray();
        var truth = Corpus.Truth.Select((t, i) => t.Network == 0 ? -(i + 1) : t.Network).ToArray();
        long truePairs = 0, predictedPairs = 0, both = 0;
        for (var i = 0; i < truth.Length; i++)
        {
            for (var j = i + 1; j < truth.Length; j++)
            {
                var sameTruth = truth[i] == truth[j];
                var samePredicted = predicted[i] == predicted[j];
                truePairs += sameTruth ? 1 : 0;
                predictedPairs += samePredicted ? 1 : 0;
                both += sameTruth && samePredicted ? 1 : 0;
            }
        }

        var precision = (double)both / predictedPairs;
        var recall = (double)both / truePairs;
        log.WriteLine($"linking on 3,000 generated ads: precision {precision:P2}, recall {recall:P2} over {truePairs:N0} true pairs");
        precision.ShouldBeGreaterThan(0.99);
        recall.ShouldBeGreaterThan(0.97);
    }

    [Fact]
    public void Planted_indicators_are_found_and_clean_generated_ads_stay_clean()
    {
        using var output = ScreeningOutput.Run(Corpus.Input);

        var textIndicators = IndicatorCatalog.All.Where(i => i.Index <= IndicatorCatalog.ThirdPartyControl.Index).Select(i => i.Code).ToHashSet();
        var missed = new List<string>();
        var extra = new List<string>();
        foreach (var (ad, truth) in output.Ads.Zip(Corpus.Truth))
        {
            var found = ad.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("code").GetString()!).Where(textIndicators.Contains).ToHashSet();
            missed.AddRange(truth.Indicators.Where(code => !found.Contains(code)).Select(code => $"{truth.Id} {code}"));
            extra.AddRange(found.Where(code => !truth.Indicators.Contains(code)).Select(code => $"{truth.Id} {code}"));
        }

        log.WriteLine($"planted {Corpus.Truth.Sum(t => t.Indicators.Length)}; missed {missed.Count}; unplanted {extra.Count}");
        missed.ShouldBeEmpty();
        extra.ShouldBeEmpty();
    }

    [Fact]
    public void The_same_phone_with_different_names_is_an_inconsistency_and_flags_each_ad()
    {
        const string input = """
            {"id":"p1","kind":"service","text":"Hi, I'm Anna, 22 years old. Call +44 7700 900123","location":"Leeds","platform":"site-a","posted_at":"2026-03-01T10:00:00Z"}
            {"id":"p2","kind":"service","text":"Hi, I'm Maria, 25 years old. Call +44 7700 900123","location":"Leeds","platform":"site-b","posted_at":"2026-03-04T10:00:00Z"}
            {"id":"p3","kind":"service","text":"Sweet Lena here, call +44 7700 900999"}
            """;

        using var output = ScreeningOutput.Run(input);

        var cluster = output.Clusters.First(c => c.GetProperty("size").GetInt32() == 2);
        cluster.GetProperty("ad_ids").EnumerateArray().Select(e => e.GetString()).ShouldBe(["p1", "p2"]);
        cluster.GetProperty("platforms").EnumerateArray().Select(e => e.GetString()).ShouldBe(["site-a", "site-b"]);
        cluster.GetProperty("first_seen").GetDateTimeOffset().ShouldBe(DateTimeOffset.Parse("2026-03-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        cluster.GetProperty("last_seen").GetDateTimeOffset().Day.ShouldBe(4);
        var fields = cluster.GetProperty("inconsistencies").EnumerateArray().Select(i => i.GetProperty("field").GetString()).ToList();
        fields.ShouldBe(["name", "age"], ignoreOrder: true);
        var p1 = output.Ads[0].GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("code").GetString()!, i => i.GetProperty("evidence"));
        p1.Keys.ShouldBe(["ad.shared_contact", "ad.inconsistent_details"], ignoreOrder: true);
        p1["ad.shared_contact"][0].GetProperty("text").GetString().ShouldBe("+44 7700 900123");
        p1["ad.inconsistent_details"].EnumerateArray().Select(e => e.GetProperty("text").GetString()).ShouldBe(["Anna", "22 years old"]);
        output.Ads[2].GetProperty("indicators").GetArrayLength().ShouldBe(0);
        cluster.GetProperty("risk").GetDouble().ShouldBe(output.Ads[0].GetProperty("risk").GetDouble());
    }

    [Fact]
    public void A_picture_reused_with_a_few_changed_bits_links_the_ads_and_names_the_hash()
    {
        const string input = """
            {"id":"i1","kind":"profile","text":"Sweet and discreet, new in town.","image_hashes":["00000000000000ff","123456789abcdef0"]}
            {"id":"i2","kind":"profile","text":"Party girl, fun and friendly.","image_hashes":["00000000000001fe"]}
            """;

        using var output = ScreeningOutput.Run(input);

        output.Ads.Select(a => a.GetProperty("cluster").GetInt32()).Distinct().Count().ShouldBe(1);
        var evidence = output.Ads.Select(a => a.GetProperty("indicators").EnumerateArray().Single().GetProperty("evidence")[0]).ToList();
        evidence.Select(e => (e.GetProperty("field").GetString(), e.GetProperty("text").GetString()))
            .ShouldBe([("image_hashes[0]", "00000000000000ff"), ("image_hashes[0]", "00000000000001fe")]);
        var link = output.Clusters.Single().GetProperty("links").EnumerateArray().Single();
        link.GetProperty("type").GetString().ShouldBe("image");
        link.GetProperty("pictures").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public void Runs_are_deterministic()
    {
        using var first = ScreeningOutput.Run(Corpus.Input);
        using var second = ScreeningOutput.Run(Corpus.Input, options: new ScreeningOptions(Workers: 1));

        JsonSerializer.Serialize(first.Ads).ShouldBe(JsonSerializer.Serialize(second.Ads));
        JsonSerializer.Serialize(first.Clusters).ShouldBe(JsonSerializer.Serialize(second.Clusters));
    }

    [Fact]
    public void A_csv_of_many_blocks_screened_by_two_workers_keeps_every_record_whole()
    {
        // About 44 MB: many input blocks, so both workers parse CSV records at the same time (one
        // parser shared by both once threw and could mix records up).
        var csv = new StringBuilder("id,text,platform\n");
        for (var i = 0; i < 100_000; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"ad-{i},\"Hostess wanted, ad {i}, call 0{7700900000 + i}. {new string('w', 350)}\",site-{i % 7}\n");
        }

        using var output = ScreeningOutput.Run(Encoding.UTF8.GetBytes(csv.ToString()), InputFormat.Csv, new ScreeningOptions(Workers: 2));

        output.Errors.ShouldBeEmpty();
        output.Ads.Select(a => a.GetProperty("id").GetString()).ShouldBe(Enumerable.Range(0, 100_000).Select(i => $"ad-{i}"));
        output.Summary.Ads.ShouldBe(100_000);
    }
}

