namespace Lantern.Statistics.Sem;

internal static class Names
{
    /// <summary>The position of <paramref name="name"/> in <paramref name="names"/>, or −1.</summary>
    public static int IndexOf(this IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
            {
                return i;
            }
        }

        return -1;
    }
}
