namespace Lantern.Screening.Text;

/// <summary>
/// Where something was found: a half-open range of UTF-16 code units and the characters it
/// covers, so a reader can check every flag against the words that raised it. The range is in
/// the ad's text unless <see cref="Field"/> names another input field (such as "location" or
/// "image_hashes[1]"), in which case it is in that field's value.
/// </summary>
public readonly record struct Evidence(int Start, int End, string Text, string? Field = null)
{
    public static Evidence Of(string text, int start, int end) => new(start, end, text[start..end]);

    public static Evidence OfField(string field, string value) => new(0, value.Length, value, field);
}
