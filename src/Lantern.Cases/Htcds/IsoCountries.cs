namespace Lantern.Cases.Htcds;

/// <summary>
/// The 249 ISO 3166-1 alpha-2 country codes, read from the embedded copy of the tz database's
/// <c>iso3166.tab</c> (public domain; current as of ISO/TC 46 N1108, 2023-04-05).
/// </summary>
public static class IsoCountries
{
    private static readonly HashSet<string> Set = Load();

    public static IReadOnlyCollection<string> Codes => Set;

    /// <summary>
    /// The code as stored, or null if it is none. Surrounding spaces and lower case are accepted
    /// ("gb " is GB): a spreadsheet adds them without changing what the cell means. Anything
    /// else, including a user-assigned code such as XX or XK, is not a country here.
    /// </summary>
    public static string? Normalise(string text)
    {
        var code = text.Trim().ToUpperInvariant();
        return Set.Contains(code) ? code : null;
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(IsoCountries).Assembly.GetManifestResourceStream("Lantern.Cases.Htcds.countries.tab")
            ?? throw new InvalidOperationException("The country code list is not embedded in Lantern.Cases.");
        using var reader = new StreamReader(stream);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                codes.Add(line[..line.IndexOf('\t', StringComparison.Ordinal)]);
            }
        }

        return codes;
    }
}
