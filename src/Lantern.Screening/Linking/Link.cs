namespace Lantern.Screening.Linking;

public enum LinkType
{
    Phone,
    Email,
    Url,
    Handle,
    Wallet,
    Image,
    Text,
}

/// <summary>
/// One reason ads belong together: a contact or picture they share, or a text template they
/// follow, with every ad (by position in the input) that carries it.
/// </summary>
/// <param name="Value">The shared contact, the picture hash as 16 hex digits, or for text nothing: a template is known by its first ad.</param>
/// <param name="Similarity">For text, the lowest estimated similarity among the pairs that joined the template.</param>
/// <param name="Pictures">For pictures, every distinct hash in the group (near-duplicates of one another).</param>
public sealed record Link(LinkType Type, string Value, int[] Ads, double? Similarity = null, ulong[]? Pictures = null)
{
    private static readonly string[] Codes = [.. Enum.GetNames<LinkType>().Select(n => n.ToLowerInvariant())];

    public string TypeCode => Codes[(int)Type];
}
