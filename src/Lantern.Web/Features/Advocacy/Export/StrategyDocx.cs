using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace Lantern.Web.Features.Advocacy.Export;

/// <summary>
/// Writes a strategy outline as a Word document that stays editable: real headings (so Word's
/// navigation pane and table of contents work), paragraphs, bullets and bordered tables.
/// </summary>
public static class StrategyDocx
{
    public static byte[] Write(StrategyDocument document)
    {
        using var memory = new MemoryStream();
        using (var word = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var body = new Body();
            body.Append(Styled("Title", document.Title));
            body.Append(Styled("Subtitle", document.Subtitle));
            foreach (var block in document.Blocks)
            {
                switch (block)
                {
                    case Heading heading:
                        body.Append(Styled($"Heading{heading.Level}", heading.Text));
                        break;
                    case Paragraph paragraph:
                        body.Append(Text(paragraph.Text, paragraph.Strong));
                        break;
                    case Bullets bullets:
                        foreach (var item in bullets.Items)
                        {
                            body.Append(Styled("ListBullet", "• " + item));
                        }

                        break;
                    case Table table:
                        body.Append(Grid(table));
                        body.Append(new DocumentFormat.OpenXml.Wordprocessing.Paragraph());
                        break;
                }
            }

            main.Document = new Document(body);
            main.Document.Save();
        }

        return memory.ToArray();
    }

    private static DocumentFormat.OpenXml.Wordprocessing.Paragraph Styled(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), Run(text, bold: false));

    private static DocumentFormat.OpenXml.Wordprocessing.Paragraph Text(string text, bool bold) => new(Run(text, bold));

    /// <summary>A run that keeps the author's line breaks.</summary>
    private static Run Run(string text, bool bold)
    {
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold()));
        }

        var lines = text.Replace("\r", "").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    private static WordTable Grid(Table table)
    {
        var grid = new WordTable(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        grid.Append(Row(table.Header, header: true));
        foreach (var row in table.Rows)
        {
            grid.Append(Row(row, header: false));
        }

        return grid;
    }

    private static TableRow Row(IEnumerable<string> cells, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            // Repeats the header on every page the table runs over.
            row.Append(new TableRowProperties(new TableHeader()));
        }

        foreach (var cell in cells)
        {
            row.Append(new TableCell(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(Run(cell, header))));
        }

        return row;
    }

    private static Styles Styles()
    {
        static Style Paragraph(string id, string name, int halfPoints, bool bold, bool italic = false)
        {
            var run = new StyleRunProperties();
            if (bold)
            {
                run.Append(new Bold());
            }

            if (italic)
            {
                run.Append(new Italic());
            }

            run.Append(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            return new Style(
                new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new PrimaryStyle(),
                new StyleParagraphProperties(new SpacingBetweenLines { Before = bold ? "240" : "0", After = "80" }), run)
            {
                Type = StyleValues.Paragraph, StyleId = id,
            };
        }

        var normal = new Style(new StyleName { Val = "Normal" }, new PrimaryStyle(),
            new StyleRunProperties(new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri" }, new FontSize { Val = "21" }))
        {
            Type = StyleValues.Paragraph, StyleId = "Normal", Default = true,
        };
        return new Styles(
            normal,
            Paragraph("Title", "Title", 40, bold: true),
            Paragraph("Subtitle", "Subtitle", 20, bold: false, italic: true),
            Paragraph("Heading1", "heading 1", 30, bold: true),
            Paragraph("Heading2", "heading 2", 24, bold: true),
            Paragraph("Heading3", "heading 3", 22, bold: true),
            Paragraph("ListBullet", "List Bullet", 21, bold: false));
    }
}
