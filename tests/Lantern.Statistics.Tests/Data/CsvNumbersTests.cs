using System.Globalization;
using System.Text;
using System.Text.Json;
using Lantern.Statistics.Data;

namespace Lantern.Statistics.Tests.Data;

public class CsvNumbersTests
{
    private static string ReferencePath(string name) => Path.Combine(AppContext.BaseDirectory, "Reference", name);

    private static NumericTable Read(string text) => CsvNumbers.Read(new StringReader(text), "data.csv");

    private static double Cell(NumericTable table, int row, string column) => table[row, table.ColumnIndex(column)];

    // ------------------------------------------------------------------ reference data

    [Fact]
    public void Holzinger_swineford_reads_301_rows_with_known_cells()
    {
        var path = ReferencePath("HolzingerSwineford1939.csv");

        var table = CsvNumbers.ReadFile(path);

        table.SourceName.ShouldBe(path);
        table.Columns.ShouldBe(["id", "sex", "ageyr", "agemo", "school", "grade", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9"]);
        table.RowCount.ShouldBe(301);

        // line 2: 1,1,13,1,"Pasteur",7,3.3333333,7.75,0.375,2.3333333,5.75,1.2857143,3.3913043,5.75,6.3611111
        table.SourceLine(0).ShouldBe(2);
        Cell(table, 0, "id").ShouldBe(1);
        Cell(table, 0, "ageyr").ShouldBe(13);
        Cell(table, 0, "x1").ShouldBe(3.3333333);
        Cell(table, 0, "x3").ShouldBe(0.375);
        Cell(table, 0, "x9").ShouldBe(6.3611111);

        // line 158: 201,1,13,0,"Grant-White",7,3.8333333,4.75,0.5,3.3333333,4.25,1.4285714,3,4.1,4.3333333
        table.SourceLine(156).ShouldBe(158);
        Cell(table, 156, "id").ShouldBe(201);
        Cell(table, 156, "x7").ShouldBe(3);
        Cell(table, 156, "x8").ShouldBe(4.1);

        // line 302: 351,1,13,5,"Grant-White",NA,4.3333333,6,3.375,3.6666667,5.75,3.1428571,4.0869565,6.95,5.1666667
        table.SourceLine(300).ShouldBe(302);
        Cell(table, 300, "id").ShouldBe(351);
        double.IsNaN(Cell(table, 300, "grade")).ShouldBeTrue();
        Cell(table, 300, "x9").ShouldBe(5.1666667);
    }

    [Fact]
    public void Holzinger_swineford_text_column_is_kept_but_cannot_be_used()
    {
        var table = CsvNumbers.ReadFile(ReferencePath("HolzingerSwineford1939.csv"));
        var school = table.ColumnIndex("school");

        table.IsNumeric(school).ShouldBeFalse();
        table.IsNumeric(table.ColumnIndex("x1")).ShouldBeTrue();
        var error = Should.Throw<CsvFormatException>(() => table.Select(["x1", "school"]));
        error.Message.ShouldEndWith("HolzingerSwineford1939.csv: line 2, column \"school\" (5): \"Pasteur\" is not a number");
        error.Line.ShouldBe(2);
        error.ColumnNumber.ShouldBe(5);
        error.ColumnName.ShouldBe("school");
        Should.Throw<CsvFormatException>(() => table[0, school]);
    }

    [Fact]
    public void Holzinger_swineford_listwise_deletion_and_selection()
    {
        var table = CsvNumbers.ReadFile(ReferencePath("HolzingerSwineford1939.csv"));
        string[] indicators = ["x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9"];

        table.DropRowsWithMissing(indicators).ShouldBeSameAs(table);
        var graded = table.DropRowsWithMissing(["grade"]);
        graded.RowCount.ShouldBe(300);
        graded.SourceLine(299).ShouldBe(301);
        graded.Columns.Count.ShouldBe(15);

        var selected = table.Select(indicators);
        selected.Columns.ShouldBe(indicators);
        selected.RowCount.ShouldBe(301);
        selected[300, 8].ShouldBe(5.1666667);
        selected.SourceLine(300).ShouldBe(302);
    }

    [Fact]
    public void Mediation_data_reads_100_rows()
    {
        var table = CsvNumbers.ReadFile(ReferencePath("lavaan_mediation_sim_seed1234.csv"));

        table.Columns.ShouldBe(["X", "Y", "M"]);
        table.RowCount.ShouldBe(100);
        table[0, 0].ShouldBe(-1.20706574938542);
        table[1, 2].ShouldBe(-0.33600385247403);
        table.SourceLine(99).ShouldBe(101);
    }

    // ------------------------------------------------------------------ cells

    [Fact]
    public void Na_and_empty_cells_are_missing()
    {
        var table = Read("a,b,c\n1,NA,\n, 2 , NA \n\"\",\"NA\",3\n");

        table.RowCount.ShouldBe(3);
        table[0, 0].ShouldBe(1);
        double.IsNaN(table[0, 1]).ShouldBeTrue();
        double.IsNaN(table[0, 2]).ShouldBeTrue();
        double.IsNaN(table[1, 0]).ShouldBeTrue();
        table[1, 1].ShouldBe(2);
        double.IsNaN(table[1, 2]).ShouldBeTrue();
        double.IsNaN(table[2, 0]).ShouldBeTrue();
        double.IsNaN(table[2, 1]).ShouldBeTrue();
        table[2, 2].ShouldBe(3);
    }

    [Fact]
    public void Numbers_use_the_invariant_culture_with_spaces_signs_and_exponents()
    {
        var table = Read("a,b,c,d,e\n 1.5e3 ,-2E-2,+3,  .5\t,\"  7 \"\n");

        table.GetValues(0).ToArray().ShouldBe([1500]);
        table[0, 1].ShouldBe(-0.02);
        table[0, 2].ShouldBe(3);
        table[0, 3].ShouldBe(0.5);
        table[0, 4].ShouldBe(7);
    }

    [Fact]
    public void Quoted_cells_may_hold_commas_quotes_and_line_breaks()
    {
        var table = Read("\"a\",\"b, c\",\"d\"\"e\"\n\"1\",\" 2 \",\"NA\"\n\"\",3,\"4\"\n\"5\n\",6,7\n8,9,10\n");

        table.Columns.ShouldBe(["a", "b, c", "d\"e"]);
        table.RowCount.ShouldBe(4);
        table[0, 0].ShouldBe(1);
        table[0, 1].ShouldBe(2);
        double.IsNaN(table[0, 2]).ShouldBeTrue();
        table[1, 2].ShouldBe(4);
        table[2, 0].ShouldBe(5);
        table.SourceLine(2).ShouldBe(4);
        table.SourceLine(3).ShouldBe(6);
    }

    [Fact]
    public void Spaces_after_a_closing_quote_and_around_names_are_ignored()
    {
        var table = Read(" a ,\"b\"  ,c\n1,\"2\" ,3");

        table.Columns.ShouldBe(["a", "b", "c"]);
        table[0, 1].ShouldBe(2);
    }

    [Theory]
    [InlineData("a,b\r\n1,2\r\n3,4\r\n")]
    [InlineData("a,b\n1,2\r\n3,4")]
    [InlineData("a,b\r1,2\r3,4\r")]
    [InlineData("\uFEFFa,b\n1,2\n3,4\n")]
    [InlineData("\uFEFF\"a\",b\r\n1,2\r\n3,4")]
    public void Line_ends_and_a_byte_order_mark_are_handled(string text)
    {
        var table = Read(text);

        table.Columns.ShouldBe(["a", "b"]);
        table.RowCount.ShouldBe(2);
        table[1, 1].ShouldBe(4);
        table.SourceLine(0).ShouldBe(2);
        table.SourceLine(1).ShouldBe(3);
    }

    [Fact]
    public void A_file_with_a_byte_order_mark_reads()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lantern-bom-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(path, "x,y\r\n1,2\r\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

            var table = CsvNumbers.ReadFile(path);

            table.Columns.ShouldBe(["x", "y"]);
            table[0, 1].ShouldBe(2);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Blank_lines_are_skipped_and_rows_keep_their_lines()
    {
        var table = Read("\n\na,b\n\n1,2\n  \n3,4\n\n\n");

        table.RowCount.ShouldBe(2);
        table.SourceLine(0).ShouldBe(5);
        table.SourceLine(1).ShouldBe(7);
    }

    [Fact]
    public void A_header_without_rows_gives_an_empty_table()
    {
        var table = Read("a,b\n");

        table.Columns.ShouldBe(["a", "b"]);
        table.RowCount.ShouldBe(0);
        table.DropRowsWithMissing(["a"]).RowCount.ShouldBe(0);
    }

    [Fact]
    public void Listwise_deletion_keeps_the_source_lines()
    {
        var table = Read("a,b,c\n1,2,x\nNA,3,4\n4,,5\n5,6,y\n");

        var byA = table.DropRowsWithMissing(["a"]);
        byA.RowCount.ShouldBe(3);
        Enumerable.Range(0, 3).Select(byA.SourceLine).ShouldBe([2, 4, 5]);
        Enumerable.Range(0, 3).Select(r => byA[r, 0]).ShouldBe([1, 4, 5]);

        var byAb = table.DropRowsWithMissing(["b", "a"]);
        Enumerable.Range(0, byAb.RowCount).Select(byAb.SourceLine).ShouldBe([2, 5]);
        byAb.Columns.ShouldBe(["a", "b", "c"]);
        byAb.IsNumeric(2).ShouldBeFalse();

        var selected = byAb.Select(["b", "a"]);
        selected.Columns.ShouldBe(["b", "a"]);
        selected[1, 0].ShouldBe(6);
        selected[1, 1].ShouldBe(5);
        selected.SourceLine(1).ShouldBe(5);
    }

    [Fact]
    public void Unknown_or_repeated_columns_are_argument_errors()
    {
        var table = Read("a,b\n1,2\n");

        Should.Throw<ArgumentException>(() => table.Select(["a", "nope"])).Message.ShouldContain("data.csv has no column \"nope\"");
        Should.Throw<ArgumentException>(() => table.DropRowsWithMissing(["nope"]));
        Should.Throw<ArgumentException>(() => table.Select(["a", "a"])).Message.ShouldContain("named twice");
        table.ColumnIndex("nope").ShouldBe(-1);
    }

    [Fact]
    public void Tables_can_be_built_from_memory()
    {
        var table = NumericTable.FromColumns(["x", "y"], [new[] { 1.0, double.NaN }, new[] { 3.0, 4.0 }]);

        table.RowCount.ShouldBe(2);
        table.DropRowsWithMissing(["x"]).RowCount.ShouldBe(1);
        table.SourceLine(1).ShouldBe(3);
        Should.Throw<ArgumentException>(() => NumericTable.FromColumns(["x"], [new[] { 1.0 }, new[] { 2.0 }]));
        Should.Throw<ArgumentException>(() => NumericTable.FromColumns(["x", "y"], [new[] { 1.0 }, new[] { 2.0, 3.0 }]));
        Should.Throw<ArgumentException>(() => NumericTable.FromColumns(["x", "x"], [new[] { 1.0 }, new[] { 2.0 }]));
    }

    // ------------------------------------------------------------------ errors

    [Theory]
    [InlineData("", "data.csv: line 1: the file is empty; a header row with the column names is required")]
    [InlineData("\n \r\n", "data.csv: line 1: the file is empty; a header row with the column names is required")]
    [InlineData("a,b,a\n1,2,3\n", "data.csv: line 1, column 3: duplicate column name \"a\" (also column 1)")]
    [InlineData("a,,c\n1,2,3\n", "data.csv: line 1, column 2: the column name is empty")]
    [InlineData("a,b,\n1,2,3\n", "data.csv: line 1, column 3: the column name is empty")]
    [InlineData("a,\" \"\n1,2\n", "data.csv: line 1, column 2: the column name is empty")]
    [InlineData("a,b,c\n1,2,3\n4,5\n", "data.csv: line 3, column \"c\" (3): the row has 2 cells, but the header has 3 columns")]
    [InlineData("a,b\n1,2,3\n", "data.csv: line 2, column 3: the row has 3 cells, but the header has 2 columns")]
    [InlineData("a,b\n1,2\n\n1,2,\n", "data.csv: line 4, column 3: the row has 3 cells, but the header has 2 columns")]
    [InlineData("a,b\n1,2\n3,\"4\n5,6\n", "data.csv: line 3, column \"b\" (2): unterminated quoted cell: the quote opened on this line is never closed")]
    [InlineData("\"a,b\n1,2\n", "data.csv: line 1, column 1: unterminated quoted cell: the quote opened on this line is never closed")]
    [InlineData("a,b\n\"1\"x,2\n", "data.csv: line 2, column \"a\" (1): unexpected character 'x' after the closing quote")]
    [InlineData("a,b\n\"1\n2\" \"3\",2\n", "data.csv: line 3, column \"a\" (1): unexpected character '\"' after the closing quote")]
    public void Format_errors_name_the_line_and_column(string text, string message)
    {
        var error = Should.Throw<CsvFormatException>(() => Read(text));

        error.Message.ShouldBe(message);
        error.SourceName.ShouldBe("data.csv");
    }

    [Fact]
    public void A_cell_that_is_not_a_number_is_named_when_its_column_is_used()
    {
        var text = new StringBuilder("x1,x2,x3\n");
        for (var line = 2; line <= 6; line++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{line},{line}.5,{line * 2}\n");
        }

        text.Append("7,7.5,abc\n8,8.5,also text\n");
        var table = Read(text.ToString());

        table.RowCount.ShouldBe(7);
        table.IsNumeric(2).ShouldBeFalse();
        const string message = "data.csv: line 7, column \"x3\" (3): \"abc\" is not a number";
        Should.Throw<CsvFormatException>(() => table.Select(["x3"])).Message.ShouldBe(message);
        Should.Throw<CsvFormatException>(() => table.DropRowsWithMissing(["x1", "x3"])).Message.ShouldBe(message);
        Should.Throw<CsvFormatException>(() => table[0, 2]).Message.ShouldBe(message);
        Should.Throw<CsvFormatException>(() => table.GetValues(2)).Message.ShouldBe(message);
        table.Select(["x1", "x2"])[5, 1].ShouldBe(7.5);

        // The column stays unusable after rows are dropped, and keeps its place in the message.
        var later = table.DropRowsWithMissing(["x1"]).Select(["x2"]);
        later.RowCount.ShouldBe(7);
        Should.Throw<CsvFormatException>(() => table.DropRowsWithMissing(["x1"])[0, 2]).Message.ShouldBe(message);
    }

    [Theory]
    [InlineData("1e999", "\"1e999\" is not a finite number")]
    [InlineData("NaN", "\"NaN\" is not a finite number")]
    [InlineData("-Infinity", "\"-Infinity\" is not a finite number")]
    [InlineData("1,5", "\"1,5\" is not a number")]
    [InlineData("na", "\"na\" is not a number")]
    [InlineData("0x1F", "\"0x1F\" is not a number")]
    [InlineData(" 12 kg ", "\"12 kg\" is not a number")]
    public void Values_that_are_not_finite_numbers_are_rejected(string cell, string problem)
    {
        var table = Read($"a,b\n1,\"{cell}\"\n");

        Should.Throw<CsvFormatException>(() => table.Select(["b"])).Message.ShouldBe($"data.csv: line 2, column \"b\" (2): {problem}");
    }

    [Fact]
    public void Long_text_is_shortened_in_messages()
    {
        var table = Read("a\n" + new string('z', 500) + "\n");

        var error = Should.Throw<CsvFormatException>(() => table.Select(["a"]));
        error.Message.ShouldBe($"data.csv: line 2, column \"a\" (1): \"{new string('z', 40)}…\" is not a number");
    }

    // ------------------------------------------------------------------ round trip through small reads

    /// <summary>Hands out text a few characters at a time, so cells, quotes and CRLFs straddle reads.</summary>
    private sealed class TricklingReader(string text, int seed) : TextReader
    {
        private readonly Random _random = new(seed);
        private int _position;

        public override int Peek() => _position < text.Length ? text[_position] : -1;

        public override int Read() => _position < text.Length ? text[_position++] : -1;

        public override int Read(char[] buffer, int index, int count)
        {
            var n = Math.Min(Math.Min(count, _random.Next(1, 8)), text.Length - _position);
            text.CopyTo(_position, buffer, index, n);
            _position += n;
            return n;
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Random_tables_round_trip(bool trickle)
    {
        var random = new Random(4180);
        const int columns = 6;
        const int rows = 5000;
        var expected = new double[rows, columns];
        var expectedLines = new int[rows];
        var text = new StringBuilder("\"c0\",c1,\" c2 \",c3,c4,\"c\"\"5\"\n");
        var line = 2;
        for (var row = 0; row < rows; row++)
        {
            if (random.Next(50) == 0)
            {
                text.Append(random.Next(2) == 0 ? "\n" : "  \r\n");
                line++;
            }

            expectedLines[row] = line;
            for (var column = 0; column < columns; column++)
            {
                if (column > 0)
                {
                    text.Append(',');
                }

                var kind = random.Next(10);
                var value = Math.Round((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-8, 9)), random.Next(0, 12));
                expected[row, column] = kind < 1 ? double.NaN : value;
                var cell = kind switch
                {
                    0 => random.Next(2) == 0 ? "NA" : "",
                    1 => value.ToString("E10", CultureInfo.InvariantCulture),
                    2 => " " + value.ToString("R", CultureInfo.InvariantCulture) + " ",
                    _ => value.ToString("R", CultureInfo.InvariantCulture),
                };
                if (kind is 1 or 2 && random.Next(3) == 0)
                {
                    cell = "\"" + cell + "\"";
                }

                if (kind == 1)
                {
                    expected[row, column] = double.Parse(cell.Trim('"'), CultureInfo.InvariantCulture);
                }

                text.Append(cell);
            }

            text.Append(random.Next(3) == 0 ? "\r\n" : "\n");
            line++;
        }

        var source = text.ToString();
        var table = CsvNumbers.Read(trickle ? new TricklingReader(source, 7) : new StringReader(source), "random.csv");

        table.Columns.ShouldBe(["c0", "c1", "c2", "c3", "c4", "c\"5"]);
        table.RowCount.ShouldBe(rows);
        for (var row = 0; row < rows; row++)
        {
            table.SourceLine(row).ShouldBe(expectedLines[row]);
            for (var column = 0; column < columns; column++)
            {
                if (table[row, column] != expected[row, column] && !(double.IsNaN(expected[row, column]) && double.IsNaN(table[row, column])))
                {
                    Assert.Fail($"row {row}, column {column}: {table[row, column]:R} != {expected[row, column]:R}");
                }
            }
        }
    }

    // ------------------------------------------------------------------ fuzz

    private static readonly string[] Fragments =
    [
        "a", "b", "x1", "id", ",", ",,", "\"", "\"\"", "\"a\"", "\"a,b\"", "\"x\ny\"", "\"1\"", "\"\"\"\"",
        "\n", "\r\n", "\r", " ", "\t", "NA", "na", "", "1", "-2.5e3", "1e999", "NaN", ".5", "1,5", "abc",
        "\uFEFF", "a,b,c\n", "1,2,3\n", "1,NA,\n", "x\"y",
    ];

    private const string RandomCharacters = "ab1,.-+e\"' \t\n\r;#NA\0ü€\uFEFF";

    [Fact]
    public void Fuzz_only_format_errors_escape()
    {
        var random = new Random(4180_2024);
        var read = 0;
        var builder = new StringBuilder();
        for (var iteration = 0; iteration < 20_000; iteration++)
        {
            builder.Clear();
            var pieces = random.Next(1, 30);
            for (var p = 0; p < pieces; p++)
            {
                if (random.Next(4) == 0)
                {
                    builder.Append(RandomCharacters[random.Next(RandomCharacters.Length)]);
                }
                else
                {
                    builder.Append(Fragments[random.Next(Fragments.Length)]);
                }
            }

            var text = builder.ToString();
            try
            {
                var table = random.Next(2) == 0
                    ? CsvNumbers.Read(new StringReader(text), "fuzz.csv")
                    : CsvNumbers.Read(new TricklingReader(text, iteration), "fuzz.csv");
                read++;
                Exercise(table);
            }
            catch (CsvFormatException error)
            {
                error.Line.ShouldBeGreaterThanOrEqualTo(1, text);
                error.Message.ShouldStartWith("fuzz.csv: line ", customMessage: text);
            }
            catch (Exception error)
            {
                Assert.Fail($"{error.GetType().Name} for input {JsonSerializer.Serialize(text)}: {error}");
            }
        }

        read.ShouldBeGreaterThan(100);
    }

    private static void Exercise(NumericTable table)
    {
        table.Columns.Count.ShouldBeGreaterThan(0);
        var numeric = table.Columns.Where((_, i) => table.IsNumeric(i)).ToList();
        var previousLine = 1;
        for (var row = 0; row < table.RowCount; row++)
        {
            table.SourceLine(row).ShouldBeGreaterThan(previousLine);
            previousLine = table.SourceLine(row);
        }

        var complete = table.DropRowsWithMissing(numeric).Select(numeric);
        for (var row = 0; row < complete.RowCount; row++)
        {
            for (var column = 0; column < complete.Columns.Count; column++)
            {
                double.IsFinite(complete[row, column]).ShouldBeTrue();
            }
        }

        for (var column = 0; column < table.Columns.Count; column++)
        {
            if (!table.IsNumeric(column))
            {
                Should.Throw<CsvFormatException>(() => table.Select([table.Columns[column]]));
            }
        }
    }
}
