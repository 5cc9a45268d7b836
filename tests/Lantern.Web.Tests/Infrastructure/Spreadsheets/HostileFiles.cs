using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Lantern.Web.Tests.Infrastructure.Spreadsheets;

/// <summary>
/// Hostile spreadsheets, built in memory by each test rather than kept as files. A workbook is
/// written part by part, so a part can hold hundreds of megabytes of repeated bytes in a few
/// hundred kilobytes of deflate.
/// </summary>
public static class HostileFiles
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const int Megabyte = 1024 * 1024;

    /// <summary>
    /// A workbook whose sheet "Data", at xl/worksheets/sheet1.xml, has the sheetData <paramref name="rows"/>
    /// writes; with xl/sharedStrings.xml when <paramref name="sharedStrings"/> writes its items, and
    /// with an <paramref name="extra"/> part when given. <paramref name="sheetTargets"/> lists where
    /// the workbook's sheets are (relative to xl/); only the first sheet's part is written.
    /// </summary>
    public static byte[] Workbook(Action<Stream> rows, Action<Stream>? sharedStrings = null, (string Name, Action<Stream> Write)? extra = null,
        CompressionLevel level = CompressionLevel.Optimal, string[]? sheetTargets = null)
    {
        sheetTargets ??= ["worksheets/sheet1.xml"];
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            Part(zip, "[Content_Types].xml", level, s => Write(s,
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
                "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>"));
            Part(zip, "_rels/.rels", level, s => Write(s,
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
            Part(zip, "xl/workbook.xml", level, s => Write(s,
                $"<workbook xmlns=\"{Main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
                "<sheets>" + string.Concat(sheetTargets.Select((_, i) => $"<sheet name=\"{(i == 0 ? "Data" : $"Data {i + 1}")}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"/>")) +
                "</sheets></workbook>"));
            Part(zip, "xl/_rels/workbook.xml.rels", level, s => Write(s,
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                string.Concat(sheetTargets.Select((target, i) =>
                    $"<Relationship Id=\"rId{i + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"{target}\"/>")) +
                "</Relationships>"));
            Part(zip, "xl/worksheets/sheet1.xml", level, s =>
            {
                Write(s, $"<worksheet xmlns=\"{Main}\"><sheetData>");
                rows(s);
                Write(s, "</sheetData></worksheet>");
            });
            if (sharedStrings is not null)
            {
                Part(zip, "xl/sharedStrings.xml", level, s =>
                {
                    Write(s, $"<sst xmlns=\"{Main}\">");
                    sharedStrings(s);
                    Write(s, "</sst>");
                });
            }

            if (extra is { } part)
            {
                Part(zip, part.Name, level, part.Write);
            }
        }

        return memory.ToArray();
    }

    /// <summary>
    /// The file of issue 14: under a header row, one cell of <paramref name="megabytes"/> MB of one
    /// letter, which zips to about a thousandth of that.
    /// </summary>
    public static byte[] ZipBomb(int megabytes) => Workbook(s =>
    {
        Write(s, Row(1, "organisation") + "<row r=\"2\"><c t=\"inlineStr\"><is><t>");
        Repeat(s, (byte)'a', (long)megabytes * Megabyte);
        Write(s, "</t></is></c></row>");
    });

    /// <summary>
    /// Under a header row, one cell of 40 MB that zips only 40-fold: within the limits on parts and on
    /// the compression ratio, so only the cell limit, checked as the part inflates, stops it.
    /// </summary>
    public static byte[] GiantCell() => Workbook(s =>
    {
        Write(s, Row(1, "organisation") + "<row r=\"2\"><c t=\"inlineStr\"><is><t>");
        LooselyCompressible(s, 40L * Megabyte);
        Write(s, "</t></is></c></row>");
    });

    /// <summary>A row of text cells, written inline.</summary>
    public static string Row(int number, params string[] cells) =>
        $"<row r=\"{number}\">{string.Concat(cells.Select(c => $"<c t=\"inlineStr\"><is><t>{c}</t></is></c>"))}</row>";

    public static void Write(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));

    /// <summary>Writes <paramref name="count"/> copies of <paramref name="value"/>, a megabyte at a time.</summary>
    public static void Repeat(Stream stream, byte value, long count)
    {
        var chunk = new byte[Megabyte];
        Array.Fill(chunk, value);
        for (; count > 0; count -= chunk.Length)
        {
            stream.Write(chunk, 0, (int)Math.Min(count, chunk.Length));
        }
    }

    /// <summary>
    /// Writes <paramref name="count"/> letters that deflate shrinks only about 40-fold, under the
    /// default ratio limit: each 32 KB (deflate's window) repeats 512 new random letters.
    /// </summary>
    public static void LooselyCompressible(Stream stream, long count)
    {
        var random = new Random(14);
        var window = new byte[32 * 1024];
        for (; count > 0; count -= window.Length)
        {
            for (var i = 0; i < 512; i++)
            {
                window[i] = (byte)('a' + random.Next(26));
            }

            for (var i = 512; i < window.Length; i++)
            {
                window[i] = window[i % 512];
            }

            stream.Write(window, 0, (int)Math.Min(count, window.Length));
        }
    }

    /// <summary>
    /// The zip with <paramref name="part"/>'s uncompressed size rewritten, in its local header and in
    /// the central directory, as a hostile file may lie about it.
    /// </summary>
    public static byte[] WithDeclaredSize(byte[] zip, string part, uint size)
    {
        var bytes = zip.ToArray();
        var end = bytes.AsSpan().LastIndexOf("PK\u0005\u0006"u8);
        var entries = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(end + 10));
        var at = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(end + 16));
        for (var i = 0; i < entries; i++)
        {
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at + 28));
            var name = Encoding.UTF8.GetString(bytes, at + 46, nameLength);
            if (name == part)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at + 24), size);
                var local = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at + 42));
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(local + 22), size);
                return bytes;
            }

            at += 46 + nameLength + BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at + 30)) + BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at + 32));
        }

        throw new ArgumentException($"The zip has no part {part}.", nameof(part));
    }

    /// <summary>The zip with the text of <paramref name="part"/> changed.</summary>
    public static byte[] WithPart(byte[] zip, string part, Func<string, string> change)
    {
        using var memory = new MemoryStream();
        memory.Write(zip);
        using (var archive = new ZipArchive(memory, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = archive.GetEntry(part) ?? throw new ArgumentException($"The zip has no part {part}.", nameof(part));
            string text;
            using (var reader = new StreamReader(entry.Open()))
            {
                text = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(archive.CreateEntry(part).Open());
            writer.Write(change(text));
        }

        return memory.ToArray();
    }

    private static void Part(ZipArchive zip, string name, CompressionLevel level, Action<Stream> write)
    {
        using var stream = zip.CreateEntry(name, level).Open();
        write(stream);
    }
}
