using Lantern.Screening.Contacts;
using Xunit.Abstractions;

namespace Lantern.Screening.Tests.Contacts;

/// <summary>
/// Precision and recall of phone extraction over 2,000 generated ads with an obfuscated number
/// and 2,000 with decoys only (fixed seed). The thresholds, 0.97 for both, leave room for the
/// cases no rule can settle (a price run straight into a number) while failing on any
/// systematic gap: a whole obfuscation style or region missing would cost at least 5% of recall,
/// and one decoy kind always taken for a number about 4% of precision.
/// </summary>
public sealed class PhonePrecisionRecallTests(ITestOutputHelper output)
{
    private const int Seed = 20251122;
    private const int Count = 2000;
    private const double Threshold = 0.97;

    [Fact]
    public void Obfuscated_numbers_are_found_and_decoys_are_not()
    {
        var corpus = new ObfuscatedPhoneCorpus(Seed);
        int truePositives = 0, falsePositives = 0, falseNegatives = 0, exactEvidence = 0;
        var missedByStyle = new Dictionary<ObfuscatedPhoneCorpus.Style, int>();
        var examples = new List<string>();

        for (var i = 0; i < Count; i++)
        {
            var ad = corpus.NextNumber();
            var phones = Extracted.OfType(EntityType.Phone, ad.Text, ad.Region);
            var hit = phones.FirstOrDefault(p => p.Value == ad.E164);
            if (hit is null)
            {
                falseNegatives++;
                missedByStyle[ad.Style] = missedByStyle.GetValueOrDefault(ad.Style) + 1;
                Note(examples, $"missed [{ad.Region}] {ad.Text} -> {ad.E164}, got {string.Join(", ", phones.Select(p => p.Value))}");
            }
            else
            {
                truePositives++;
                exactEvidence += hit.Evidence.Text == ad.Written ? 1 : 0;
            }

            falsePositives += phones.Count(p => p != hit);
        }

        for (var i = 0; i < Count; i++)
        {
            var (text, region) = corpus.NextDecoy();
            var phones = Extracted.OfType(EntityType.Phone, text, region);
            falsePositives += phones.Count;
            foreach (var phone in phones)
            {
                Note(examples, $"decoy taken [{region}] {text} -> {phone.Value} from '{phone.Evidence.Text}'");
            }
        }

        var precision = truePositives / (double)(truePositives + falsePositives);
        var recall = truePositives / (double)(truePositives + falseNegatives);
        output.WriteLine($"{Count} numbers, {Count} decoy ads: precision {precision:F4}, recall {recall:F4}");
        output.WriteLine($"true positives {truePositives}, false positives {falsePositives}, false negatives {falseNegatives}");
        output.WriteLine($"evidence exactly the written number: {exactEvidence} of {truePositives}");
        output.WriteLine("missed by style: " + string.Join(", ", missedByStyle.Select(m => $"{m.Key} {m.Value}")));
        examples.ForEach(output.WriteLine);

        precision.ShouldBeGreaterThanOrEqualTo(Threshold);
        recall.ShouldBeGreaterThanOrEqualTo(Threshold);
    }

    private static void Note(List<string> examples, string example)
    {
        if (examples.Count < 40)
        {
            examples.Add(example);
        }
    }
}
