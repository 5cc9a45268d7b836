using System.Diagnostics;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Lantern.Testing;

/// <summary>A word pdftotext found and the box it occupies on its page, in points from the top left.</summary>
public sealed record PdfWord(int Page, string Text, double Left, double Top, double Right, double Bottom)
{
    public bool Overlaps(PdfWord other) =>
        Page == other.Page && Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;
}

/// <summary>The words of a PDF, as poppler's pdftotext reads them (Debian's poppler-utils; ./test.sh installs it). Shared by the test projects (linked source).</summary>
public static class PdfText
{
    public static async Task<string> ExtractAsync(byte[] pdf)
    {
        var text = await RunAsync(pdf, "-enc", "UTF-8");
        // Table cells wrap onto several lines; one space for every run of whitespace lets tests find whole phrases.
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// Whether the words of <paramref name="phrase"/> appear in <paramref name="text"/> in their order.
    /// A phrase in a table cell wraps, and pdftotext reads a table row line by line across its
    /// columns, so the cell's lines come out with the neighbouring cells' lines between them.
    /// </summary>
    public static bool HasWordsInOrder(string text, string phrase)
    {
        var words = text.Split(' ');
        var at = 0;
        foreach (var wanted in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            at = Array.IndexOf(words, wanted, at);
            if (at < 0)
            {
                return false;
            }

            at++;
        }

        return true;
    }

    /// <summary>Every word with its box, for tests about where text lands rather than what it says.</summary>
    public static async Task<IReadOnlyList<PdfWord>> WordsAsync(byte[] pdf)
    {
        using var reader = XmlReader.Create(new StringReader(await RunAsync(pdf, "-enc", "UTF-8", "-bbox")), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        var html = XDocument.Load(reader);
        return [.. html.Descendants().Where(e => e.Name.LocalName == "page").SelectMany((page, index) => page.Elements()
            .Where(e => e.Name.LocalName == "word")
            .Select(word => new PdfWord(index + 1, word.Value,
                Coordinate(word, "xMin"), Coordinate(word, "yMin"), Coordinate(word, "xMax"), Coordinate(word, "yMax"))))];
    }

    private static double Coordinate(XElement word, string name) => double.Parse(word.Attribute(name)!.Value, CultureInfo.InvariantCulture);

    private static async Task<string> RunAsync(byte[] pdf, params string[] options)
    {
        var file = Path.Combine(Path.GetTempPath(), $"lantern-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", [.. options, file, "-"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            }) ?? throw new InvalidOperationException("pdftotext did not start.");
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            process.ExitCode.ShouldBe(0, await process.StandardError.ReadToEndAsync());
            return text;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException("pdftotext is not installed: run ./test.sh as root, or apt-get install poppler-utils.");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
