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
/// <param name="Key">
/// The shared contact's <see cref="ContactKey"/>, or the picture hash most ads carry; 0 for text, where a
/// template is known by its first ad. Contact values are read back from the ads when the link is reported.
/// </param>
/// <param name="Similarity">For text, the lowest estimated similarity among the pairs that joined the template.</param>
/// <param name="Pictures">For pictures, every distinct hash in the group (near-duplicates of one another), ascending.</param>
public sealed record Link(LinkType Type, ulong Key, int[] Ads, double? Similarity = null, ulong[]? Pictures = null)
{
    private static readonly string[] Codes = [.. Enum.GetNames<LinkType>().Select(n => n.ToLowerInvariant())];

    public string TypeCode => Codes[(int)Type];
}
