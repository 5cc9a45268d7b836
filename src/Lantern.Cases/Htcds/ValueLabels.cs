using System.Text;

namespace Lantern.Cases.Htcds;

/// <summary>
/// Labels for picklist values, which the standard's field list names but does not label: the name
/// split into words, as a sentence ("PossibleVictimOfTrafficking" is "Possible victim of trafficking").
/// </summary>
internal static class ValueLabels
{
    // Names of apps and sites are proper names: splitting them would misspell them.
    private static readonly Dictionary<string, string> ProperNames = new(StringComparer.Ordinal)
    {
        ["WhatsApp"] = "WhatsApp",
        ["FacebookMessenger"] = "Facebook Messenger",
        ["SnapChat"] = "Snapchat",
        ["WeChat"] = "WeChat",
        ["QZone"] = "Qzone",
        ["TikTok"] = "TikTok",
        ["4Sale"] = "4Sale",
    };

    public static string For(string name)
    {
        if (ProperNames.TryGetValue(name, out var proper))
        {
            return proper;
        }

        // "A_AgricultureForestryAndFishing": the letter is the ISIC section, kept as a prefix.
        var underscore = name.IndexOf('_', StringComparison.Ordinal);
        if (underscore > 0)
        {
            return name[..underscore] + ": " + For(name[(underscore + 1)..]);
        }

        var words = Words(name);
        var label = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var isAcronym = word.Length > 1 && word.All(char.IsUpper);
            label.Append(i == 0 ? "" : " ").Append(i == 0 || isAcronym ? word : word.ToLowerInvariant());
        }

        return label.ToString();
    }

    /// <summary>Splits before each capital that starts a word: "NGOStaff" is NGO, Staff.</summary>
    private static List<string> Words(string name)
    {
        var words = new List<string>();
        var start = 0;
        for (var i = 1; i < name.Length; i++)
        {
            var startsWord = char.IsUpper(name[i])
                && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
            if (startsWord)
            {
                words.Add(name[start..i]);
                start = i;
            }
        }

        words.Add(name[start..]);
        return words;
    }
}
