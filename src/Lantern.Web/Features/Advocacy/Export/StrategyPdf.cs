using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Lantern.Web.Features.Advocacy.Export;

/// <summary>Writes a strategy outline as an A4 PDF: headings, wrapped paragraphs, bullet lists and ruled tables.</summary>
public static class StrategyPdf
{
    private const double Margin = 50, PageWidth = 595, PageHeight = 842, Usable = PageWidth - 2 * Margin, CellPadding = 3;

    private static readonly Lock ConfigureLock = new();

    /// <summary>The faces in use; made per document, after the resolver is in place, since making one resolves it.</summary>
    private sealed class Fonts
    {
        public readonly XFont Title = new(SystemFontResolver.Family, 20, XFontStyleEx.Bold);
        public readonly XFont Heading1 = new(SystemFontResolver.Family, 14, XFontStyleEx.Bold);
        public readonly XFont Heading2 = new(SystemFontResolver.Family, 11.5, XFontStyleEx.Bold);
        public readonly XFont Body = new(SystemFontResolver.Family, 9.5, XFontStyleEx.Regular);
        public readonly XFont Strong = new(SystemFontResolver.Family, 9.5, XFontStyleEx.Bold);
        public readonly XFont Small = new(SystemFontResolver.Family, 8, XFontStyleEx.Regular);
        public readonly XFont SmallBold = new(SystemFontResolver.Family, 8, XFontStyleEx.Bold);
    }

    private static void Configure()
    {
        lock (ConfigureLock)
        {
            // PDFsharp keeps one font resolver for the whole process.
            GlobalFontSettings.FontResolver ??= new SystemFontResolver();
        }
    }

    public static byte[] Write(StrategyDocument document)
    {
        Configure();
        var fonts = new Fonts();
        using var pdf = new PdfDocument();
        pdf.Info.Title = document.Title;
        pdf.Info.Subject = "Advocacy strategy";
        pdf.Info.Creator = "Lantern";
        var writer = new PageWriter(pdf);
        writer.Text(document.Title, fonts.Title, 6);
        writer.Text(document.Subtitle, fonts.Small, 14);
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Heading { Level: 1 } heading:
                    writer.Gap(10);
                    writer.Text(heading.Text, fonts.Heading1, 4, keepWithNext: 60);
                    break;
                case Heading heading:
                    writer.Gap(4);
                    writer.Text(heading.Text, fonts.Heading2, 3, keepWithNext: 40);
                    break;
                case Paragraph paragraph:
                    writer.Text(paragraph.Text, paragraph.Strong ? fonts.Strong : fonts.Body, 5);
                    break;
                case Bullets bullets:
                    foreach (var item in bullets.Items)
                    {
                        writer.Text("• " + item, fonts.Body, 2, indent: 10);
                    }

                    writer.Gap(3);
                    break;
                case Table table:
                    writer.Table(table, fonts.SmallBold, fonts.Small);
                    break;
            }
        }

        writer.Finish();
        using var memory = new MemoryStream();
        pdf.Save(memory);
        return memory.ToArray();
    }

    /// <summary>Keeps the cursor on the current page and starts a new page when the next thing does not fit.</summary>
    private sealed class PageWriter(PdfDocument pdf)
    {
        private XGraphics? graphics;
        private double y = PageHeight;

        private XGraphics Graphics => graphics ?? NewPage();

        public void Gap(double points) => y += points;

        public void Text(string text, XFont font, double after, double indent = 0, double keepWithNext = 0)
        {
            var lines = Wrap(text, font, Usable - indent);
            var lineHeight = font.Size * 1.3;
            EnsureRoom(Math.Min(lines.Count, 3) * lineHeight + keepWithNext);
            foreach (var line in lines)
            {
                EnsureRoom(lineHeight);
                Graphics.DrawString(line, font, XBrushes.Black, new XPoint(Margin + indent, y + font.Size));
                y += lineHeight;
            }

            y += after;
        }

        public void Table(Table table, XFont headerFont, XFont cellFont)
        {
            var widths = ColumnWidths(table, headerFont, cellFont);
            Row(table.Header, widths, headerFont, XBrushes.Gainsboro);
            foreach (var row in table.Rows)
            {
                Row(row, widths, cellFont, null);
            }

            y += 8;
        }

        public void Finish() => graphics?.Dispose();

        private void Row(IReadOnlyList<string> cells, double[] widths, XFont font, XBrush? fill)
        {
            var lineHeight = font.Size * 1.25;
            var wrapped = cells.Select((cell, i) => Wrap(cell, font, widths[i] - 2 * CellPadding)).ToList();
            var height = wrapped.Max(lines => lines.Count) * lineHeight + 2 * CellPadding;
            EnsureRoom(height);
            var x = Margin;
            for (var i = 0; i < cells.Count; i++)
            {
                var box = new XRect(x, y, widths[i], height);
                if (fill is not null)
                {
                    Graphics.DrawRectangle(fill, box);
                }

                Graphics.DrawRectangle(new XPen(XColors.Gray, 0.5), box);
                for (var line = 0; line < wrapped[i].Count; line++)
                {
                    Graphics.DrawString(wrapped[i][line], font, XBrushes.Black, new XPoint(x + CellPadding, y + CellPadding + font.Size + line * lineHeight));
                }

                x += widths[i];
            }

            y += height;
        }

        /// <summary>
        /// Sizes columns from their text, the way a browser lays out a table: each column first gets its
        /// longest word, so no word is cut or spills into a neighbour; the width left over goes to the
        /// columns that would otherwise wrap, in proportion to how much more they need to fit on one line.
        /// </summary>
        private double[] ColumnWidths(Table table, XFont headerFont, XFont cellFont)
        {
            var columns = Enumerable.Range(0, table.Header.Count)
                .Select(i => table.Rows.Select(row => (Text: row[i], Font: cellFont)).Prepend((Text: table.Header[i], Font: headerFont)).ToList())
                .ToList();
            var narrowest = columns.Select(cells => cells.Max(cell => Words(cell.Text).Append("").Max(word => Width(word, cell.Font))) + 2 * CellPadding).ToArray();
            var widest = columns.Select(cells => cells.Max(cell => Width(cell.Text, cell.Font)) + 2 * CellPadding).ToArray();
            var spare = Usable - narrowest.Sum();
            if (spare <= 0)
            {
                // Some word is wider than the page allows: shrink every column alike and let Wrap break the word.
                return [.. narrowest.Select(width => width * Usable / narrowest.Sum())];
            }

            var wanted = widest.Zip(narrowest, (wide, narrow) => wide - narrow).ToArray();
            var totalWanted = wanted.Sum();
            return totalWanted <= spare
                ? [.. widest.Select(width => width + (spare - totalWanted) * width / widest.Sum())]
                : [.. narrowest.Select((width, i) => width + spare * wanted[i] / totalWanted)];
        }

        private static string[] Words(string text) => text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);

        private double Width(string text, XFont font) => Graphics.MeasureString(text, font).Width;

        private List<string> Wrap(string text, XFont font, double width)
        {
            var lines = new List<string>();
            foreach (var paragraph in text.Replace("\r", "").Split('\n'))
            {
                var line = "";
                foreach (var word in Words(paragraph).SelectMany(word => Pieces(word, font, width)))
                {
                    var candidate = line.Length == 0 ? word : line + " " + word;
                    if (line.Length > 0 && Width(candidate, font) > width)
                    {
                        lines.Add(line);
                        line = word;
                    }
                    else
                    {
                        line = candidate;
                    }
                }

                lines.Add(line);
            }

            return lines;
        }

        /// <summary>A word that is wider than the line on its own (a long address, say), cut into pieces that fit.</summary>
        private IEnumerable<string> Pieces(string word, XFont font, double width)
        {
            var rest = word;
            while (rest.Length > 1 && Width(rest, font) > width)
            {
                var fits = Enumerable.Range(1, rest.Length - 1).TakeWhile(length => Width(rest[..length], font) <= width).LastOrDefault(1);
                yield return rest[..fits];
                rest = rest[fits..];
            }

            yield return rest;
        }

        private void EnsureRoom(double height)
        {
            if (y + height > PageHeight - Margin)
            {
                NewPage();
            }
        }

        private XGraphics NewPage()
        {
            graphics?.Dispose();
            graphics = XGraphics.FromPdfPage(pdf.AddPage());
            y = Margin;
            return graphics;
        }
    }
}
