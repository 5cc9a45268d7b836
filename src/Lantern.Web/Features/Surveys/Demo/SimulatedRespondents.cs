using System.Globalization;
using Lantern.Web.Features.Surveys.Model;

namespace Lantern.Web.Features.Surveys.Demo;

/// <summary>
/// Made-up respondents to the seed-000 instrument, for the demo and for tests that need data with
/// a real structure: belonging to more kinds of organisation raises internal efficacy and
/// knowledge of resources, and both raise the number of anti-trafficking events attended, as the
/// study found. Demographics follow the study's Table I shares. The same seed gives the same people.
/// </summary>
public static class SimulatedRespondents
{
    private static readonly string[] OrganisationKinds = ["humanitarian", "advocacy", "educational", "political", "labour", "immigration", "religious", "other"];
    private static readonly string[] ResourceKinds = ["hotline", "coalition", "directory", "training", "campaign", "reporting", "research"];
    private static readonly string[] Platforms = ["facebook", "x", "instagram", "linkedin", "youtube", "tiktok", "whatsapp", "other"];

    /// <returns>One answer set per respondent, by variable name, in the form a respondent would give.</returns>
    public static IReadOnlyList<Dictionary<string, string>> Generate(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => Respondent(random))];
    }

    private static Dictionary<string, string> Respondent(Random random)
    {
        var answers = new Dictionary<string, string>();
        var organisations = Pick(random, OrganisationKinds, Math.Min(OrganisationKinds.Length, Poisson(random, 1.6)));
        var efficacy = 0.45 * (organisations.Count - 1.6) + Normal(random);
        var resources = Pick(random, ResourceKinds, Math.Clamp(Poisson(random, 1.5 + 0.6 * organisations.Count), 0, ResourceKinds.Length));
        var events = Poisson(random, Math.Exp(0.4 + 0.35 * efficacy + 0.15 * resources.Count));

        for (var i = 1; i <= 5; i++)
        {
            // ief4 is worded the other way round, so agreeing with it means less efficacy.
            answers[$"ief{i}"] = Likert(random, i == 4 ? -efficacy : efficacy);
        }

        var external = Normal(random);
        foreach (var (i, reversed) in new[] { (1, true), (2, false), (3, true), (4, true), (5, true), (6, false), (7, false), (8, true), (9, false) })
        {
            answers[$"eef{i}"] = Likert(random, reversed ? -external : external);
        }

        var expectancy = Normal(random);
        for (var i = 1; i <= 4; i++)
        {
            answers[$"pexp{i}"] = Likert(random, expectancy + 0.8);
        }

        answers["activities"] = Poisson(random, Math.Exp(0.8 + 0.3 * efficacy)).ToString(CultureInfo.InvariantCulture);
        answers["organisations"] = string.Join(' ', organisations);
        answers["ht_events"] = Math.Min(events, 200).ToString(CultureInfo.InvariantCulture);
        answers["resources"] = string.Join(' ', resources);
        answers["social_media"] = string.Join(' ', Pick(random, Platforms, Math.Clamp(Poisson(random, 2.5 + 0.3 * efficacy), 0, Platforms.Length)));
        answers["gender"] = Weighted(random, ("female", 87.5), ("male", 10.4), ("nonbinary", 2.1));
        answers["age_group"] = Weighted(random, ("a21_30", 21.3), ("a31_40", 19.1), ("a41_50", 25.5), ("a51_60", 12.8), ("a61", 21.3));
        answers["race"] = Weighted(random, ("white", 70.8), ("black", 12.5), ("hispanic", 6.3), ("asian", 6.2), ("other", 4.2));
        answers["employment"] = Weighted(random, ("full_time", 70.8), ("part_time", 2.1), ("retired", 14.6), ("student", 8.3), ("unemployed", 4.2));
        return answers;
    }

    private static string Likert(Random random, double trait) =>
        Math.Clamp((int)Math.Round(4.4 + 1.1 * trait + 0.8 * Normal(random)), 1, 7).ToString(CultureInfo.InvariantCulture);

    private static List<string> Pick(Random random, string[] options, int count) =>
        [.. options.OrderBy(_ => random.Next()).Take(count).OrderBy(o => Array.IndexOf(options, o))];

    private static string Weighted(Random random, params (string Value, double Weight)[] options)
    {
        var roll = random.NextDouble() * options.Sum(o => o.Weight);
        foreach (var (value, weight) in options)
        {
            roll -= weight;
            if (roll < 0)
            {
                return value;
            }
        }

        return options[^1].Value;
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>Knuth's method; the means here are small.</summary>
    private static int Poisson(Random random, double mean)
    {
        var limit = Math.Exp(-mean);
        var product = random.NextDouble();
        var count = 0;
        while (product > limit)
        {
            product *= random.NextDouble();
            count++;
        }

        return count;
    }
}
