using System.Text;
using Lantern.Web.Infrastructure.Spreadsheets;

namespace Lantern.Web.Tests.Infrastructure;

public sealed class TableFileTests
{
    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static Table ReadClean(string text)
    {
        var (table, problems) = TableFile.Read(Utf8(text), TableFormat.Csv, new());
        problems.ShouldBeEmpty();
        return table.ShouldNotBeNull();
    }

    private static string Describe(IEnumerable<TableProblem> problems) => string.Join("; ", problems);

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_first_column_name()
    {
        var (table, problems) = TableFile.Read([0xEF, 0xBB, 0xBF, .. Utf8("organisation,organisation_type\nHaven,ngo\n")], TableFormat.Csv, new());

        problems.ShouldBeEmpty();
        table.ShouldNotBeNull().Columns.ShouldBe(["organisation", "organisation_type"]);
        table.Rows.Single()["organisation"].ShouldBe("Haven");
    }

    [Fact]
    public void Column_names_are_trimmed_and_lower_cased()
    {
        var table = ReadClean(" Organisation , ORGANISATION_TYPE\nHaven,ngo\n");

        table.Columns.ShouldBe(["organisation", "organisation_type"]);
        table.Rows.Single()["organisation_type"].ShouldBe("ngo");
    }

    [Fact]
    public void A_semicolon_delimited_file_is_recognised()
    {
        var table = ReadClean("organisation;organisation_type;phone\nHaven;ngo;+30 210 1234567\nHarbour;government;\n");

        table.Columns.ShouldBe(["organisation", "organisation_type", "phone"]);
        table.Rows.Count.ShouldBe(2);
        table.Rows[0]["phone"].ShouldBe("+30 210 1234567");
        table.Rows[1]["organisation_type"].ShouldBe("government");
    }

    [Fact]
    public void A_tab_delimited_file_is_recognised()
    {
        var table = ReadClean("organisation\torganisation_type\nHaven\tngo\n");

        table.Columns.ShouldBe(["organisation", "organisation_type"]);
        table.Rows.Single()["organisation"].ShouldBe("Haven");
    }

    [Fact]
    public void Quoted_cells_keep_their_commas_quotes_and_line_breaks()
    {
        var table = ReadClean("organisation,description\n\"Smith, Jones & Co\",\"line one\nline two, with \"\"quotes\"\"\"\nHarbour,plain\n");

        table.Rows.Count.ShouldBe(2);
        table.Rows[0]["organisation"].ShouldBe("Smith, Jones & Co");
        table.Rows[0]["description"].ShouldBe("line one\nline two, with \"quotes\"");
        table.Rows[0].Number.ShouldBe(2);
        // A cell spanning two lines is still one row, as a spreadsheet shows it.
        table.Rows[1]["organisation"].ShouldBe("Harbour");
        table.Rows[1].Number.ShouldBe(3);
    }

    [Fact]
    public void Rows_are_numbered_as_a_spreadsheet_numbers_them_with_the_header_as_row_1()
    {
        var table = ReadClean("organisation\nA\nB\nC\n");

        table.Rows.Select(r => r.Number).ShouldBe([2, 3, 4]);
    }

    [Fact]
    public void A_quote_out_of_place_is_reported_with_its_row()
    {
        var (_, problems) = TableFile.Read(Utf8("organisation,description\nHaven,fine\nHarbour,say \"hi\" there\nBeacon,fine\n"), TableFormat.Csv, new());

        var problem = problems.ShouldHaveSingleItem();
        problem.Row.ShouldBe(3);
        problem.Reason.ShouldContain("quote");
    }

    [Fact]
    public void A_quote_that_is_never_closed_is_reported_with_the_row_it_opens()
    {
        var (_, problems) = TableFile.Read(Utf8("organisation,description\nHaven,fine\nHarbour,\"never closed\nBeacon,fine\n"), TableFormat.Csv, new());

        problems.ShouldNotBeEmpty();
        problems.ShouldAllBe(p => p.Row == 3, Describe(problems));
        problems[0].Reason.ShouldContain("quote");
    }

    [Fact]
    public void A_header_naming_a_column_twice_is_rejected_naming_the_column()
    {
        var (table, problems) = TableFile.Read(Utf8("organisation,phone,Organisation\nHaven,1,Harbour\n"), TableFormat.Csv, new());

        table.ShouldBeNull();
        var problem = problems.ShouldHaveSingleItem();
        problem.Row.ShouldBe(1);
        problem.Column.ShouldBe("organisation");
        problem.Reason.ShouldContain("twice");
    }

    [Fact]
    public void Trailing_blank_lines_and_empty_rows_are_ignored()
    {
        var table = ReadClean("organisation,organisation_type\nHaven,ngo\n\n\n,\n \n");

        table.Rows.Single()["organisation"].ShouldBe("Haven");
    }

    [Fact]
    public void A_row_with_more_cells_than_the_header_is_reported_with_its_row()
    {
        var (_, problems) = TableFile.Read(Utf8("organisation,organisation_type\nHaven,ngo\nHarbour,ngo,surplus\n"), TableFormat.Csv, new());

        var problem = problems.ShouldHaveSingleItem();
        problem.Row.ShouldBe(3);
        problem.Reason.ShouldContain("3 cells");
        problem.Reason.ShouldContain("2 columns");
    }

    [Fact]
    public void Extra_empty_cells_at_the_end_of_a_row_are_not_a_problem()
    {
        var table = ReadClean("organisation,organisation_type\nHaven,ngo,,\n");

        table.Rows.Single()["organisation_type"].ShouldBe("ngo");
    }

    [Fact]
    public void A_row_with_fewer_cells_than_the_header_reads_the_missing_cells_as_empty()
    {
        var table = ReadClean("organisation,organisation_type,phone\nHaven\n");

        table.Rows.Single()["phone"].ShouldBe("");
        table.Rows.Single()["organisation_type"].ShouldBe("");
    }

    [Fact]
    public void Cells_are_trimmed_and_an_exported_apostrophe_guard_is_removed()
    {
        var table = ReadClean("organisation,phone,description\n  Haven  ,'+30 210 1234567,'=1+1\n");

        var row = table.Rows.Single();
        row["organisation"].ShouldBe("Haven");
        row["phone"].ShouldBe("+30 210 1234567");
        row["description"].ShouldBe("=1+1");
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_rejected_naming_the_line_of_the_bad_byte()
    {
        var (table, problems) = TableFile.Read([.. Utf8("organisation,organisation_type\nHaven,ngo\nHarb"), 0xFF, 0xFE, .. Utf8("our,ngo\n")], TableFormat.Csv, new());

        table.ShouldBeNull();
        var problem = problems.ShouldHaveSingleItem();
        problem.Row.ShouldBe(3);
        problem.Reason.ShouldContain("not UTF-8");
    }

    [Fact]
    public void A_utf16_file_is_rejected_as_not_utf8()
    {
        var (table, problems) = TableFile.Read([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("organisation\nHaven\n")], TableFormat.Csv, new());

        table.ShouldBeNull();
        problems.ShouldHaveSingleItem().Reason.ShouldContain("not UTF-8");
    }

    [Fact]
    public void Non_ascii_text_in_utf8_is_read_intact()
    {
        var table = ReadClean("organisation,description\nΚέντρο Αθήνας,Ζώνη – «ασφαλής» 日本\n");

        table.Rows.Single()["organisation"].ShouldBe("Κέντρο Αθήνας");
        table.Rows.Single()["description"].ShouldBe("Ζώνη – «ασφαλής» 日本");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("\uFEFF")]
    public void An_empty_file_is_rejected_asking_for_a_header(string text)
    {
        var (table, problems) = TableFile.Read(Utf8(text), TableFormat.Csv, new());

        table.ShouldBeNull();
        var problem = problems.ShouldHaveSingleItem();
        problem.Row.ShouldBe(0);
        problem.Reason.ShouldContain("header");
    }

    [Theory]
    [InlineData("orgs.csv", null, TableFormat.Csv)]
    [InlineData("ORGS.CSV", "application/octet-stream", TableFormat.Csv)]
    [InlineData("orgs.txt", null, TableFormat.Csv)]
    [InlineData("orgs.xlsx", "text/csv", TableFormat.Xlsx)]
    [InlineData(null, "text/csv", TableFormat.Csv)]
    [InlineData(null, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", TableFormat.Xlsx)]
    public void The_format_comes_from_the_file_extension_first_then_the_content_type(string? fileName, string? contentType, TableFormat expected) =>
        TableFile.FormatOf(fileName, contentType).ShouldBe(expected);

    [Theory]
    [InlineData("orgs.xls", null)]
    [InlineData("orgs.pdf", "application/pdf")]
    [InlineData(null, null)]
    public void Other_files_have_no_table_format(string? fileName, string? contentType) =>
        TableFile.FormatOf(fileName, contentType).ShouldBeNull();
}
