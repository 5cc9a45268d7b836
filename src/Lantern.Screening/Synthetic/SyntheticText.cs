using System.Text;

namespace Lantern.Screening.Synthetic;

/// <summary>
/// Word material for the synthetic corpus, written for Lantern. Filler words make every network's
/// template and every independent ad its own; planted phrases carry known indicators.
/// </summary>
internal static class SyntheticText
{
    public const double MeanNetworkSize = 8;

    public static readonly string[] Names = ["Anna", "Maria", "Elena", "Sofia", "Katya", "Lena", "Nadia", "Irina", "Daria", "Mila", "Alina", "Vera"];

    public static readonly string[] Cities = ["Athens", "Leeds", "Milan", "Rotterdam", "Lyon", "Valencia", "Hamburg", "Surabaya", "Houston", "Patras", "Turin", "Bristol"];

    public static readonly string[] Platforms = ["classifieds-a", "escortsite-b", "social-c", "jobs-d", "chat-e"];

    private static readonly string[] Filler =
    [
        "warm", "smile", "evening", "garden", "music", "quiet", "river", "coffee", "silk", "velvet", "soft", "bright",
        "morning", "window", "candle", "ocean", "forest", "summer", "winter", "autumn", "spring", "golden", "silver",
        "gentle", "tender", "lively", "cheerful", "relaxed", "elegant", "charming", "playful", "curious", "patient",
        "friendly", "stylish", "natural", "honest", "caring", "calm", "cozy", "clean", "secret", "modern", "classic",
        "travel", "dinner", "dance", "movie", "books", "art", "yoga", "fitness", "beach", "city", "lights", "style",
        "weekend", "holiday", "moment", "cards", "conversation", "laughter", "adventure", "comfort", "luxury",
        "apartment", "hotel", "suite", "room", "balcony", "view", "terrace", "street", "corner", "centre", "station",
    ];

    private static readonly string[] Boilerplates =
    [
        "New in town!", "Available 24/7.", "No rush, no games.", "Call or text anytime.", "Discreet and clean.",
        "Satisfaction guaranteed.", "Real photos, 100% me.", "Incall and outcall available.", "Text me for details.",
    ];

    private static readonly (string Text, string Indicator)[] ServiceSigns =
    [
        ("Our girls are waiting, call my manager.", "ad.third_party_control"),
        ("Bareback and no condom extras.", "ad.unprotected_sex"),
        ("Barely legal schoolgirl look.", "ad.possible_minor"),
    ];

    private static readonly (string Text, string Indicator)[] JobSigns =
    [
        ("Earn $3000 per week with free accommodation.", "job.unrealistic_offer"),
        ("No experience needed, details will be given on whatsapp.", "job.vague_description"),
        ("Our client is a well known hotel abroad.", "job.unnamed_employer"),
        ("Visa provided and flight paid by the company.", "job.travel_provided"),
        ("Please send your full body photo and passport copy.", "job.requests_personal_info"),
    ];

    public static string Pick(string[] items, Random random) => items[random.Next(items.Length)];

    public static ulong FlipBits(Random random, int bits)
    {
        var mask = 0UL;
        for (var i = 0; i < bits; i++)
        {
            mask |= 1UL << random.Next(64);
        }

        return mask;
    }

    private static string Words(Random random, int count)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Append(i == 0 ? "" : " ").Append(Pick(Filler, random));
        }

        return builder.ToString();
    }

    /// <summary>A network's template with {name}, {age}, {city} and {price} to fill per ad.</summary>
    public static (string Text, string[] Planted) Template(Random random)
    {
        var planted = new List<string>();
        var text = new StringBuilder($"Hi gentlemen, I'm {{name}}, {{age}} years old, new in {{city}}. {Words(random, 12)}. ");
        if (random.Next(3) == 0)
        {
            var sign = ServiceSigns[random.Next(ServiceSigns.Length)];
            text.Append(sign.Text).Append(' ');
            planted.Add(sign.Indicator);
        }

        text.Append($"{Words(random, 10)}, {{price}} roses per hour. {Pick(Boilerplates, random)} Call");
        return (text.ToString(), [.. planted]);
    }

    public static (string Kind, string Text, string[] Indicators) ServiceAd(Random random)
    {
        var planted = new List<string>();
        var text = new StringBuilder($"Sexy companion {Pick(Names, random)} here. {Words(random, 18)}. {Pick(Boilerplates, random)} ");
        if (random.Next(4) == 0)
        {
            var sign = ServiceSigns[random.Next(ServiceSigns.Length)];
            text.Append(sign.Text).Append(' ');
            planted.Add(sign.Indicator);
        }

        text.Append($"{Words(random, 12)}. Escort incall, call");
        return ("service", text.ToString(), [.. planted]);
    }

    public static (string Kind, string Text, string[] Indicators) JobAd(Random random)
    {
        var planted = new List<string>();
        var text = new StringBuilder($"We are hiring staff for our {Pick(Cities, random)} team. Responsibilities include {Words(random, 14)}. ");
        if (random.Next(2) == 0)
        {
            var sign = JobSigns[random.Next(JobSigns.Length)];
            text.Append(sign.Text).Append(' ');
            planted.Add(sign.Indicator);
        }

        text.Append($"Requirements: {Words(random, 12)}. Apply with your CV to the recruitment office, phone");
        return ("job", text.ToString(), [.. planted]);
    }

    public static (string Kind, string Text, string[] Indicators) Message(Random random)
    {
        var groomed = random.Next(2) == 0;
        var text = groomed
            ? $"Hey baby, I love you so much and I miss you. {Words(random, 8)}. This is our secret, come live with me, my number"
            : $"Hello, how are you? {Words(random, 10)}. Good morning from my side, my number";
        return ("message", text, groomed ? ["message.romantic_grooming"] : []);
    }

    /// <summary>Short ads of almost nothing but market boilerplate: they must not be joined by their words.</summary>
    public static (string Kind, string Text, string[] Indicators) Boilerplate(Random random) =>
        ("service", $"{Pick(Boilerplates, random)} {Pick(Boilerplates, random)} {Pick(Boilerplates, random)} Sexy escort, {Pick(Filler, random)} {Pick(Filler, random)}. Call", []);
}
