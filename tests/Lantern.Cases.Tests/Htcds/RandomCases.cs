using Lantern.Cases.Htcds;

namespace Lantern.Cases.Tests.Htcds;

/// <summary>Random valid cases from a fixed seed, with text chosen to be awkward: separators, quotes, newlines, formula starts.</summary>
internal static class RandomCases
{
    private static readonly string[] Pieces = ["a", "Zoë", " ", ",", ";", "\"", "'", "\r\n", "\n", "=", "+", "-", "@", "\t", "1", "é", "日本", "😀"];

    public static IReadOnlyList<HtcdsCase> Make(int seed, int count)
    {
        var random = new Random(seed);
        var countries = IsoCountries.Codes.Order(StringComparer.Ordinal).ToArray();
        var cases = new List<HtcdsCase>();
        for (var i = 0; i < count; i++)
        {
            var made = HtcdsCase.Empty.With(HtcdsFields.CaseId, $"C-{i}");
            foreach (var field in HtcdsFields.Columns.Skip(1).Where(_ => random.Next(3) == 0))
            {
                made = field.Shape() switch
                {
                    "set" => made.With(field.Name, Choices(random, field, countries)),
                    "date" => made.With(field.Name, new DateOnly(1950, 1, 1).AddDays(random.Next(30_000))),
                    "yesno" => made.With(field.Name, random.Next(2) == 0),
                    _ => made.With(field.Name, Single(random, field, countries)),
                };
            }

            cases.Add(made);
        }

        return cases;
    }

    private static string Shape(this HtcdsField field) => field.Type switch
    {
        HtcdsFieldType.MultiselectPicklist => "set",
        HtcdsFieldType.Date => "date",
        HtcdsFieldType.Checkbox => "yesno",
        _ => "single",
    };

    private static string[] Choices(Random random, HtcdsField field, string[] countries)
    {
        var from = field.Codes == HtcdsCodeList.Country ? countries : [.. field.Values.Select(value => value.Name)];
        return [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => from[random.Next(from.Length)])];
    }

    private static string Single(Random random, HtcdsField field, string[] countries) => field switch
    {
        { Codes: HtcdsCodeList.Country } => countries[random.Next(countries.Length)],
        { Codes: HtcdsCodeList.Language } => random.Next(2) == 0 ? "ell" : "en-GB",
        { Type: HtcdsFieldType.Picklist } => field.Values[random.Next(field.Values.Count)].Name,
        { Type: HtcdsFieldType.Number or HtcdsFieldType.Geolocation } when field.Name.EndsWith("tude", StringComparison.Ordinal)
            => (random.Next(-90_000, 90_000) / 1000m).ToString(System.Globalization.CultureInfo.InvariantCulture),
        { Type: HtcdsFieldType.Number } => random.Next(0, 20).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => Text(random),
    };

    private static string Text(Random random)
    {
        var text = string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => Pieces[random.Next(Pieces.Length)]));
        return string.IsNullOrWhiteSpace(text) ? text + "x" : text;
    }
}
