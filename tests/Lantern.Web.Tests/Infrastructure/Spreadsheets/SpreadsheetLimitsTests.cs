using System.IO.Compression;
using System.Text;
using Lantern.Web.Infrastructure.Spreadsheets;
using static Lantern.Web.Tests.Infrastructure.Spreadsheets.HostileFiles;

namespace Lantern.Web.Tests.Infrastructure.Spreadsheets;

/// <summary>
/// Hostile files against the <see cref="SpreadsheetLimits"/>: each is refused with a problem that
/// names the limit and where, allocating little whatever the file claims to hold. Files exactly at
/// a limit are read.
/// </summary>
public sealed class SpreadsheetLimitsTests
{
    private static readonly SpreadsheetLimits Defaults = new();

    [Fact]
    public void A_zip_bomb_of_600_MB_in_one_cell_is_refused_before_anything_is_inflated()
    {
        var file = ZipBomb(600);
        file.Length.ShouldBeLessThan(Megabyte, "the bomb is small as sent");

        var problem = Refused(file, TableFormat.Xlsx);

        problem.ShouldBe(new TableProblem(0, "", "Part xl/worksheets/sheet1.xml of the workbook inflates to more than 50 MB, the limit for one part; split the file."));
    }

    [Fact]
    public void A_cell_of_40_MB_within_the_zip_limits_is_refused_at_the_cell_limit_as_it_inflates()
    {
        var file = GiantCell();
        file.Length.ShouldBeLessThan(10 * Megabyte, "within the upload limit");

        var problem = Refused(file, TableFormat.Xlsx);

        problem.Reason.ShouldBe("Sheet 'Data', cell A2: the text is longer than 32,767 characters, the limit for one cell.");
    }

    [Fact]
    public void A_part_that_inflates_more_than_100_fold_is_refused_for_its_compression_ratio()
    {
        var file = Workbook(s =>
        {
            Write(s, "<row><c t=\"inlineStr\"><is><t>");
            Repeat(s, (byte)'a', 20 * Megabyte);
            Write(s, "</t></is></c></row>");
        });

        var problem = Refused(file, TableFormat.Xlsx);

        problem.Reason.ShouldStartWith("Part xl/worksheets/sheet1.xml of the workbook inflates to ");
        problem.Reason.ShouldEndWith(" times its compressed size; the limit is 100 times for a part over 1 MB.");
    }

    [Fact]
    public void Parts_that_together_inflate_beyond_the_total_limit_are_refused()
    {
        // Three parts of 40 MB, each within the limit for one part; the ratio limit is lifted to reach the total.
        void Filler(Stream s) => Repeat(s, (byte)' ', 40L * Megabyte);
        var file = Workbook(Filler, sharedStrings: Filler, extra: ("xl/media/filler.bin", Filler));

        var problem = Refused(file, TableFormat.Xlsx, Defaults with { MaxCompressionRatio = 1_000_000 });

        problem.Reason.ShouldBe("The parts of the workbook inflate to more than 100 MB together, the limit for one file; split the file.");
    }

    [Fact]
    public void A_stored_part_that_holds_more_than_it_declares_is_refused_as_it_is_read()
    {
        // A stored part is read to its compressed size, whatever it declares: only counting while reading finds it.
        var elements = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<x/>", Megabyte / 4)));
        var stored = Workbook(s => s.Write(elements.Concat(elements).ToArray()), level: CompressionLevel.NoCompression);
        var file = WithDeclaredSize(stored, "xl/worksheets/sheet1.xml", 100);

        var problem = Refused(file, TableFormat.Xlsx, Defaults with { MaxPartBytes = Megabyte });

        problem.Reason.ShouldBe("Part xl/worksheets/sheet1.xml of the workbook inflates to more than 1 MB, the limit for one part; split the file.");
    }

    [Fact]
    public void A_deflated_part_that_declares_less_than_it_holds_is_inflated_no_further_than_it_declares()
    {
        // .NET stops inflating at the declared size, which is why the ratio is checked on declared sizes only.
        var file = WithDeclaredSize(ZipBomb(600), "xl/worksheets/sheet1.xml", 1000);

        Refused(file, TableFormat.Xlsx).ShouldBe(TableFile.NotAWorkbook);
    }

    [Fact]
    public void A_cell_of_exactly_32767_characters_is_read_and_one_of_32768_is_refused()
    {
        byte[] WithCell(int length) => Workbook(s => Write(s, Row(1, "note") + Row(2, new string('x', length))));

        var (table, problems) = Read(WithCell(32_767), TableFormat.Xlsx);
        var problem = Refused(WithCell(32_768), TableFormat.Xlsx);

        problems.ShouldBeEmpty();
        table.ShouldNotBeNull().Rows.Single()["note"].Length.ShouldBe(32_767);
        problem.Reason.ShouldBe("Sheet 'Data', cell A2: the text is longer than 32,767 characters, the limit for one cell.");
    }

    [Fact]
    public void A_shared_string_longer_than_a_cell_may_be_is_refused_naming_it()
    {
        var file = Workbook(
            s => Write(s, "<row><c t=\"s\"><v>0</v></c></row><row><c t=\"s\"><v>1</v></c></row>"),
            sharedStrings: s => Write(s, $"<si><t>note</t></si><si><r><t>{new string('x', 30_000)}</t></r><r><t>{new string('y', 3_000)}</t></r></si>"));

        var problem = Refused(file, TableFormat.Xlsx);

        problem.Reason.ShouldBe("Shared string 2 (xl/sharedStrings.xml): the text is longer than 32,767 characters, the limit for one cell.");
    }

    [Fact]
    public void A_phonetic_guide_does_not_count_towards_a_cell()
    {
        var file = Workbook(
            s => Write(s, "<row><c t=\"s\"><v>0</v></c></row><row><c t=\"s\"><v>1</v></c></row>"),
            sharedStrings: s => Write(s, $"<si><t>note</t></si><si><t>{new string('x', 32_767)}</t><rPh sb=\"0\" eb=\"1\"><t>{new string('y', 100)}</t></rPh></si>"));

        var (table, problems) = Read(file, TableFormat.Xlsx);

        problems.ShouldBeEmpty();
        table.ShouldNotBeNull().Rows.Single()["note"].ShouldBe(new string('x', 32_767));
    }

    [Fact]
    public void An_xlsx_over_the_row_limit_is_reported_as_over_the_limit_and_not_as_unreadable()
    {
        byte[] WithLastRow(int number) => Workbook(s => Write(s, Row(1, "organisation") + Row(number, "Haven")));

        var (table, problems) = Read(WithLastRow(100_001), TableFormat.Xlsx);
        var single = Refused(WithLastRow(100_002), TableFormat.Xlsx);
        var (sheets, workbook) = TableFile.ReadWorkbook(WithLastRow(100_002), Defaults);

        problems.ShouldBeEmpty();
        table.ShouldNotBeNull().Rows.Single().Number.ShouldBe(100_001);
        single.Reason.ShouldBe("Sheet 'Data', row 100,002: more than 100,000 rows below the header, the limit; split the file.");
        sheets.ShouldBeNull();
        workbook.ShouldBe(single);
    }

    [Fact]
    public void A_cell_beyond_column_500_is_refused_and_one_in_column_500_is_read()
    {
        byte[] WithCellIn(string column) => Workbook(s => Write(s, $"<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>name</t></is></c><c r=\"{column}1\" t=\"inlineStr\"><is><t>last</t></is></c></row>"));

        var (table, problems) = Read(WithCellIn("SF"), TableFormat.Xlsx);
        var problem = Refused(WithCellIn("SG"), TableFormat.Xlsx);

        problems.ShouldBeEmpty();
        table.ShouldNotBeNull().Columns.Count.ShouldBe(500);
        table.Columns[^1].ShouldBe("last");
        problem.Reason.ShouldBe("Sheet 'Data', row 1: a cell lies beyond column SF; the limit is 500 columns.");
    }

    [Fact]
    public void A_row_of_more_cells_than_the_column_limit_is_refused_even_when_they_name_one_column()
    {
        var file = Workbook(s => Write(s, $"<row r=\"1\">{string.Concat(Enumerable.Repeat("<c r=\"A1\"><v>1</v></c>", 501))}</row>"));

        var problem = Refused(file, TableFormat.Xlsx);

        problem.Reason.ShouldBe("Sheet 'Data', row 1: more than 500 cells; the limit is 500 columns.");
    }

    [Fact]
    public void A_workbook_of_more_sheets_than_the_limit_is_refused()
    {
        var file = TableExport.WriteWorkbook([new TableSheet("a", ["x"], []), new TableSheet("b", ["x"], []), new TableSheet("c", ["x"], [])]);

        var (sheets, problem) = TableFile.ReadWorkbook(file, Defaults with { MaxSheets = 2 });

        sheets.ShouldBeNull();
        problem.ShouldNotBeNull().Reason.ShouldBe("The workbook has more than 2 sheets, the limit.");
    }

    [Fact]
    public void Two_sheets_that_share_one_part_are_not_a_readable_workbook()
    {
        // The reader would read the part once for each sheet, past the limits checked once.
        var file = Workbook(s => Write(s, Row(1, "organisation")), sheetTargets: ["worksheets/sheet1.xml", "/xl/worksheets/SHEET1.xml"]);

        Refused(file, TableFormat.Xlsx).ShouldBe(TableFile.NotAWorkbook);
    }

    [Fact]
    public void Markup_longer_than_any_cell_is_refused_before_the_xml_reader_holds_it()
    {
        var file = Workbook(s =>
        {
            Write(s, "<row r=\"1\" note=\"");
            LooselyCompressible(s, 2 * Megabyte);
            Write(s, "\"/>");
        });

        var problem = Refused(file, TableFormat.Xlsx);

        problem.Reason.ShouldBe("Part xl/worksheets/sheet1.xml of the workbook holds more than 327,672 bytes of text or markup in one stretch, " +
                                "more than a cell may hold (32,767 characters).");
    }

    [Fact]
    public void A_tall_sheet_with_a_wide_header_costs_nothing_for_its_blank_cells()
    {
        // A header in column 500 and a last row at 100,001: every row is 500 cells wide, all blank but one.
        var file = Workbook(s => Write(s, "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>name</t></is></c><c r=\"SF1\"><v>1</v></c></row>" + Row(100_001, "Haven")));

        (Table? Table, List<TableProblem> Problems) result = default;

        var allocated = AllocatedBy(() => result = Read(file, TableFormat.Xlsx));

        result.Problems.ShouldBeEmpty();
        result.Table.ShouldNotBeNull().Rows.Single()["name"].ShouldBe("Haven");
        allocated.ShouldBeLessThan(60 * Megabyte, "500 blank cells a row took 400 MB");
    }

    [Fact]
    public void A_csv_cell_longer_than_the_limit_is_refused_with_its_row_and_column()
    {
        var file = Utf8($"organisation,description\nHaven,{new string('x', 40_000)}\n");

        var problem = Refused(file, TableFormat.Csv);

        problem.ShouldBe(new TableProblem(2, "B", "the cell is longer than 32,767 characters, the limit for one cell."));
    }

    [Fact]
    public void A_csv_quote_never_closed_that_runs_past_the_cell_limit_is_refused_saying_why()
    {
        var file = Utf8($"organisation,description\nHaven,\"opens here\n{string.Concat(Enumerable.Repeat("Harbour,ngo\n", 5_000))}");

        var problem = Refused(file, TableFormat.Csv);

        problem.ShouldBe(new TableProblem(2, "B", "the cell is longer than 32,767 characters, the limit for one cell; " +
                                                  "if its opening quote is never closed, the rest of the file is read as this one cell."));
    }

    [Fact]
    public void A_csv_line_of_a_million_cells_without_a_newline_is_refused_at_the_column_limit()
    {
        var file = Utf8("organisation\n" + string.Concat(Enumerable.Repeat("a,", 1_000_000)));

        var problem = Refused(file, TableFormat.Csv);

        problem.ShouldBe(new TableProblem(2, "", "more than 500 cells; the limit is 500 columns."));
    }

    [Fact]
    public void A_csv_line_of_5_MB_without_a_delimiter_or_newline_is_refused_at_the_cell_limit()
    {
        var file = Utf8("organisation\n" + new string('a', 5 * Megabyte));

        var problem = Refused(file, TableFormat.Csv);

        problem.ShouldBe(new TableProblem(2, "A", "the cell is longer than 32,767 characters, the limit for one cell."));
    }

    [Fact]
    public void A_csv_of_100000_rows_is_read_and_one_more_is_refused()
    {
        byte[] WithRows(int rows) => Utf8("organisation\n" + string.Concat(Enumerable.Repeat("Haven\n", rows)));

        var (table, problems) = Read(WithRows(100_000), TableFormat.Csv);
        var problem = Refused(WithRows(100_001), TableFormat.Csv);

        problems.ShouldBeEmpty();
        table.ShouldNotBeNull().Rows.Count.ShouldBe(100_000);
        problem.ShouldBe(new TableProblem(100_002, "", "more than 100,000 rows below the header, the limit; split the file."));
    }

    [Fact]
    public void A_csv_at_the_column_and_cell_limits_is_read_counting_a_doubled_quote_as_one_character()
    {
        var header = string.Join(",", Enumerable.Range(1, 500).Select(i => $"c{i}"));
        var cell = new string('x', 32_765) + "\"\"!";
        var file = Utf8($"{header}\n\"{cell}\"\n");

        var (table, problems) = Read(file, TableFormat.Csv);
        var problem = Refused(Utf8($"{header},c501\n"), TableFormat.Csv);

        problems.ShouldBeEmpty();
        table.ShouldNotBeNull().Columns.Count.ShouldBe(500);
        table.Rows.Single()["c1"].ShouldBe(new string('x', 32_765) + "\"!");
        problem.ShouldBe(new TableProblem(1, "", "more than 500 cells; the limit is 500 columns."));
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static (Table? Table, List<TableProblem> Problems) Read(byte[] file, TableFormat format, SpreadsheetLimits? limits = null) =>
        TableFile.Read(file, format, limits ?? Defaults);

    /// <summary>
    /// The one problem of a refused file. Whatever the file claims to hold, refusing it allocates its
    /// decoded text (CSV) and a few megabytes, because the limits are checked while it is read.
    /// </summary>
    private static TableProblem Refused(byte[] file, TableFormat format, SpreadsheetLimits? limits = null)
    {
        (Table? Table, List<TableProblem> Problems) result = default;
        var allocated = AllocatedBy(() => result = Read(file, format, limits));

        allocated.ShouldBeLessThan((format == TableFormat.Csv ? 2L * file.Length : 0) + 16 * Megabyte, "bytes allocated refusing the file");
        result.Table.ShouldBeNull();
        return result.Problems.ShouldHaveSingleItem();
    }

    /// <summary>What <paramref name="action"/> allocated on this thread, where the readers run.</summary>
    private static long AllocatedBy(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
