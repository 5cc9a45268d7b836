namespace Lantern.Screening.Contacts;

/// <summary>
/// Top-level domains common enough in ads to recognise a bare domain ("example.com/path") or an
/// obfuscated e-mail address ("anna at example dot com") by. Left out on purpose: TLDs that are
/// also file extensions (.zip, .mov) and ones that are everyday words glued to a full stop (.is).
/// </summary>
internal static class TopLevelDomains
{
    private static readonly WordSet Known = new(
        "com net org info biz name pro mobi tel asia io co me tv cc ws xyz online site website store shop app "
        + "dev club top live link click life world space fun vip pw ly to gg sh ai ac icu buzz love date dating "
        + "escort sexy chat social cam fans "
        + "uk de fr it es nl gr id us ca eu ch at be pl ro bg ua ru by kz cz sk hu pt se no dk fi ie lt lv ee "
        + "hr si rs ba mk al md ge am az tr cy mt lu li mc ae sa qa kw il eg ma tn ng gh ke za in pk bd lk np "
        + "th vn my sg ph hk tw cn jp kr au nz br mx ar cl pe ve uy co su");

    /// <summary>File name extensions that a plain "name@host.ext" is more likely to be than an address.</summary>
    private static readonly WordSet FileExtensions = new("png jpg jpeg gif webp svg bmp heic mp4 pdf");

    public static bool IsKnown(ReadOnlySpan<char> label) => Known.Contains(label);

    public static bool IsFileExtension(ReadOnlySpan<char> label) => FileExtensions.Contains(label);
}
