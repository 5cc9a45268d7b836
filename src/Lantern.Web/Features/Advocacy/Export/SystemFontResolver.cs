using PdfSharp.Fonts;

namespace Lantern.Web.Features.Advocacy.Export;

/// <summary>
/// PDFsharp has no fonts of its own outside Windows, so PDFs use a free sans-serif font found on the
/// machine: DejaVu Sans or Liberation Sans (Debian's fonts-dejavu-core, fonts-liberation), or Arial
/// on Windows and macOS. Every style request maps to the regular or the bold face.
/// </summary>
public sealed class SystemFontResolver : IFontResolver
{
    public const string Family = "Lantern Sans";
    private const string Regular = "regular";
    private const string Bold = "bold";

    private static readonly string[] Directories =
    [
        "/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".fonts"),
        Environment.GetFolderPath(Environment.SpecialFolder.Fonts), "/Library/Fonts", "/System/Library/Fonts/Supplemental",
    ];

    private static readonly Dictionary<string, string[]> Candidates = new()
    {
        [Regular] = ["DejaVuSans.ttf", "LiberationSans-Regular.ttf", "Arial.ttf", "arial.ttf"],
        [Bold] = ["DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf", "Arial Bold.ttf", "arialbd.ttf"],
    };

    private readonly Dictionary<string, byte[]> faces = new()
    {
        [Regular] = Load(Candidates[Regular]),
        [Bold] = Load(Candidates[Bold]),
    };

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? Bold : Regular);

    public byte[] GetFont(string faceName) => faces[faceName];

    private static byte[] Load(string[] names)
    {
        foreach (var directory in Directories.Where(Directory.Exists))
        {
            foreach (var name in names)
            {
                var path = Directory.EnumerateFiles(directory, name, SearchOption.AllDirectories).FirstOrDefault();
                if (path is not null)
                {
                    return File.ReadAllBytes(path);
                }
            }
        }

        throw new InvalidOperationException(
            $"PDF export needs one of these fonts: {string.Join(", ", names)}. On Debian or Ubuntu install fonts-dejavu-core.");
    }
}
