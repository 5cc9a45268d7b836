using System.Globalization;
using System.Text;
using System.Xml;
using Lantern.Web.Features.Advocacy.Model;

namespace Lantern.Web.Features.Advocacy.Export;

/// <summary>
/// Draws a social-media card as a standalone 1080 × 1080 SVG, the square size the main platforms
/// show without cropping, so any SVG-to-PNG converter (a browser, rsvg-convert, Inkscape) gives a
/// ready image. Text goes through an XML writer, so nothing a user types can become markup.
/// </summary>
public static class SocialCardSvg
{
    public const int Size = 1080;
    private const int Margin = 90;
    // An average bold glyph of DejaVu or Liberation Sans is about 0.6 of the type size wide; wrapping
    // by that estimate keeps lines inside the card without measuring fonts on the server.
    private const double GlyphWidth = 0.6;

    private sealed record Colours(string Background, string Text, string Accent);

    public static string Render(SocialCard card, string campaignName)
    {
        var colours = Palette(card.Palette);
        var builder = new StringBuilder();
        using (var xml = XmlWriter.Create(builder, new XmlWriterSettings { OmitXmlDeclaration = true, Indent = false }))
        {
            xml.WriteStartElement("svg", "http://www.w3.org/2000/svg");
            Attributes(xml, ("viewBox", $"0 0 {Size} {Size}"), ("width", $"{Size}"), ("height", $"{Size}"), ("role", "img"), ("font-family", "DejaVu Sans, Liberation Sans, Arial, sans-serif"));
            Element(xml, "title", string.Join(" ", new[] { card.Figure, card.Headline, card.Source }.Where(t => !string.IsNullOrEmpty(t))));
            xml.WriteStartElement("rect");
            Attributes(xml, ("width", $"{Size}"), ("height", $"{Size}"), ("fill", colours.Background));
            xml.WriteEndElement();
            xml.WriteStartElement("rect");
            Attributes(xml, ("x", $"{Margin}"), ("y", "80"), ("width", "120"), ("height", "12"), ("fill", colours.Accent));
            xml.WriteEndElement();

            var y = 170.0;
            if (!string.IsNullOrWhiteSpace(card.Figure))
            {
                var figureSize = Math.Min(260, (Size - 2 * Margin) / (card.Figure.Length * GlyphWidth));
                y += figureSize * 0.8;
                Text(xml, card.Figure, Margin, y, figureSize, colours.Accent, bold: true);
                y += 50;
            }

            var (lines, fontSize) = Fit(card.Headline, maxLines: string.IsNullOrWhiteSpace(card.Figure) ? 7 : 5);
            foreach (var line in lines)
            {
                y += fontSize * 1.25;
                Text(xml, line, Margin, y, fontSize, colours.Text, bold: true);
            }

            if (!string.IsNullOrWhiteSpace(card.Source))
            {
                // Kept clear of the campaign name at the foot of the card.
                Text(xml, "— " + card.Source, Margin, Math.Min(y + 80, Size - 150), 32, colours.Text, bold: false);
            }

            Text(xml, campaignName, Margin, Size - 80, 28, colours.Accent, bold: false);
            xml.WriteEndElement();
        }

        return builder.ToString();
    }

    /// <summary>The largest size, from 72 down, at which the text wraps into at most <paramref name="maxLines"/> lines.</summary>
    public static (IReadOnlyList<string> Lines, double FontSize) Fit(string text, int maxLines)
    {
        for (var size = 72.0; ; size -= 6)
        {
            var lines = Wrap(text, (int)((Size - 2 * Margin) / (size * GlyphWidth)));
            if (lines.Count <= maxLines || size <= 36)
            {
                return (lines, size);
            }
        }
    }

    private static List<string> Wrap(string text, int charactersPerLine)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (candidate.Length > charactersPerLine && line.Length > 0)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    private static Colours Palette(CardPalette palette) => palette switch
    {
        CardPalette.Ember => new("#fff4e8", "#2b1d12", "#b3541e"),
        CardPalette.Sea => new("#e6f4f3", "#0f2e33", "#1c7c8c"),
        _ => new("#1d2430", "#ffffff", "#f5b94a"),
    };

    private static void Text(XmlWriter xml, string text, double x, double y, double size, string fill, bool bold)
    {
        xml.WriteStartElement("text");
        Attributes(xml, ("x", Number(x)), ("y", Number(y)), ("font-size", Number(size)), ("fill", fill), ("font-weight", bold ? "700" : "400"));
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    private static void Element(XmlWriter xml, string name, string text)
    {
        xml.WriteStartElement(name);
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    private static void Attributes(XmlWriter xml, params (string Name, string Value)[] attributes)
    {
        foreach (var (name, value) in attributes)
        {
            xml.WriteAttributeString(name, value);
        }
    }

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
