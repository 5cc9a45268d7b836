using System.Text;
using Lantern.Cases.Htcds;

namespace Lantern.Cases.Tests.Htcds;

/// <summary>A file is read whole or refused whole, with every problem named by row and column.</summary>
public sealed class HtcdsCsvReadTests
{
    private static HtcdsReadResult Read(string text, HtcdsLimits? limits = null) => HtcdsCsv.Read(new StringReader(text), "cases.csv", limits);

    private static HtcdsProblem OnlyProblem(string text, HtcdsLimits? limits = null)
    {
        var result = Read(text, limits);
        result.Cases.ShouldBeEmpty();
        return result.Problems.ShouldHaveSingleItem();
    }

    [Fact]
    public void A_good_file_gives_every_case()
    {
        var result = Read("lantern_CaseId,vic_TypeOfExploitation,prs_Birthdate,prs_Citizenship\r\nC-1,ForcedLabour;Servitude,2001-02-03,GR;AL\r\nC-2,,,\r\n");

        result.Succeeded.ShouldBeTrue();
        result.Cases.Count.ShouldBe(2);
        result.Cases[0].Choices("vic_TypeOfExploitation").ShouldBe(["ForcedLabour", "Servitude"]);
        result.Cases[0].Date("prs_Birthdate").ShouldBe(new DateOnly(2001, 2, 3));
        result.Cases[0].Choices("prs_Citizenship").ShouldBe(["AL", "GR"]);
        result.Cases[1].CaseId.ShouldBe("C-2");
    }

    [Fact]
    public void An_unknown_column_is_refused_by_name_with_a_suggestion_when_only_the_case_differs()
    {
        var result = Read("lantern_CaseId,vic_Mood,prs_firstname\nC-1,sad,Ann\n");

        result.Cases.ShouldBeEmpty();
        result.Problems.Select(problem => problem.ToString()).ShouldBe([
            "Row 1, column B: \"vic_Mood\" is not an HTCDS field or Lantern column",
            "Row 1, column C: \"prs_firstname\" is not an HTCDS field or Lantern column; did you mean prs_FirstName?",
        ]);
    }

    [Fact]
    public void A_deprecated_column_is_refused_as_not_collected()
    {
        OnlyProblem("lantern_CaseId,vic_Vulnerabilities\nC-1,Poverty\n").Message.ShouldContain("deprecated");
    }

    [Fact]
    public void A_column_named_twice_is_refused()
    {
        OnlyProblem("lantern_CaseId,lantern_CaseId\nC-1,C-2\n").Message.ShouldContain("also column A");
    }

    [Fact]
    public void An_unknown_picklist_value_is_refused_naming_row_column_value_and_the_first_allowed_values()
    {
        var problem = OnlyProblem("lantern_CaseId,vic_MethodOfRecruitment\nC-1,AtWork;ByPigeon\n");

        problem.Row.ShouldBe(2);
        problem.Column.ShouldBe("vic_MethodOfRecruitment");
        problem.Message.ShouldBe("\"ByPigeon\" is not a value of vic_MethodOfRecruitment; the values are AtAPlaceOfBusiness, AtAnEducationalInstitution, AtWork, ThroughOnlineSocialNetworks, ThroughAnOnlineAdvertisement, ThroughATelevisionAdvert, ThroughANewspaperAdvert, ThroughFamilyOrFamilyEvents and 2 more.");
    }

    [Theory]
    [InlineData("2024-13-01")]
    [InlineData("31/03/2024")]
    [InlineData("2024-3-31")]
    public void A_date_not_written_yyyy_mm_dd_is_refused(string date)
    {
        var problem = OnlyProblem($"lantern_CaseId,prs_Birthdate\nC-1,{date}\n");

        (problem.Row, problem.Column).ShouldBe((2, "prs_Birthdate"));
        problem.Message.ShouldContain("is not a date written year-month-day");
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("GBR")]
    [InlineData("G B")]
    public void A_country_that_is_no_iso_code_is_refused(string country)
    {
        OnlyProblem($"lantern_CaseId,lantern_ExploitationCountry\nC-1,{country}\n").Message.ShouldContain("not an ISO 3166-1 alpha-2 country code");
    }

    [Fact]
    public void A_country_in_lower_case_or_with_spaces_around_it_is_stored_as_its_code()
    {
        Read("lantern_CaseId,lantern_ExploitationCountry\nC-1,gb \n").Cases.Single().ExploitationCountry.ShouldBe("GB");
    }

    [Fact]
    public void Consent_columns_take_yes_or_no()
    {
        var read = Read("lantern_CaseId,lantern_ConsentServices,lantern_ConsentDisclosure\nC-1,Yes,no\n").Cases.Single();
        read.ConsentServices.ShouldBe(true);
        read.ConsentDisclosure.ShouldBe(false);

        OnlyProblem("lantern_CaseId,lantern_ConsentServices\nC-1,1\n").Message.ShouldContain("neither yes nor no");
    }

    [Theory]
    [InlineData("lantern_CaseId,prs_FirstName\nC-1,Ann\n,\nC-2,Bo\n")]
    [InlineData("lantern_CaseId,prs_FirstName\nC-1,Ann\n\nC-2,Bo\n")]
    [InlineData("lantern_CaseId,prs_FirstName\nC-1,Ann\n  , \nC-2,Bo\n")]
    public void A_row_without_a_value_is_refused(string text)
    {
        var problem = OnlyProblem(text);

        (problem.Row, problem.Column).ShouldBe((3, ""));
        problem.Message.ShouldContain("holds no value");
    }

    [Fact]
    public void A_case_id_twice_in_a_file_is_refused_naming_both_rows()
    {
        var problem = OnlyProblem("lantern_CaseId\nC-1\nC-2\nC-1\n");

        (problem.Row, problem.Column).ShouldBe((4, "lantern_CaseId"));
        problem.Message.ShouldContain("already the id of row 2");
    }

    [Fact]
    public void Every_problem_is_reported_and_no_case_is_returned()
    {
        var result = Read("lantern_CaseId,prs_Birthdate,vic_TraffickingStatus\nC-1,2024-13-01,Victim\nC-2,2024-01-01,PossibleVictimOfTrafficking\nC-3,,Maybe\n");

        result.Cases.ShouldBeEmpty();
        result.Problems.Select(problem => (problem.Row, problem.Column)).ShouldBe([(2, "prs_Birthdate"), (2, "vic_TraffickingStatus"), (4, "vic_TraffickingStatus")]);
    }

    [Fact]
    public void More_rows_than_the_limit_stop_reading_with_the_place()
    {
        var text = new StringBuilder("lantern_CaseId\n");
        for (var i = 1; i <= 100_001; i++)
        {
            text.Append('C').Append(i).Append('\n');
        }

        var problem = OnlyProblem(text.ToString());

        problem.Row.ShouldBe(100_002);
        problem.Message.ShouldContain("more than 100,000 rows");
    }

    [Fact]
    public void A_cell_longer_than_the_limit_stops_reading_naming_row_and_column()
    {
        var problem = OnlyProblem("lantern_CaseId,prs_FirstName\nC-1,Ann\nC-2," + new string('a', 32_768) + "\n");

        (problem.Row, problem.Column).ShouldBe((3, "prs_FirstName"));
        problem.Message.ShouldContain("longer than 32,767 characters");
    }

    [Fact]
    public void A_cell_of_exactly_the_limit_is_read()
    {
        Read("prs_FirstName\n" + new string('a', 32_767) + "\n").Cases.Single().Text("prs_FirstName")!.Length.ShouldBe(32_767);
    }

    [Fact]
    public void A_row_longer_than_the_limit_stops_reading()
    {
        var problem = OnlyProblem("prs_FirstName,prs_SecondName\n" + new string('a', 60) + "," + new string('b', 60) + "\n", HtcdsLimits.Default with { MaxRowChars = 100 });

        problem.Row.ShouldBe(2);
        problem.Message.ShouldContain("a row is longer than 100 characters");
    }

    [Fact]
    public void More_columns_than_the_limit_stop_reading()
    {
        OnlyProblem(string.Join(',', Enumerable.Repeat("x", 101)) + "\n").Message.ShouldContain("more than 100 cells");
    }

    [Fact]
    public void A_quote_never_closed_stops_reading_at_the_row_where_it_opened()
    {
        var problem = OnlyProblem("lantern_CaseId,prs_FirstName\nC-1,\"Ann\nC-2,Bo\n");

        (problem.Row, problem.Column).ShouldBe((2, "prs_FirstName"));
        problem.Message.ShouldContain("never closed");
    }

    [Fact]
    public void A_quote_out_of_place_is_refused()
    {
        OnlyProblem("lantern_CaseId,prs_FirstName\nC-1,An\"n\n").Message.ShouldContain("quote is out of place");
    }

    [Fact]
    public void Quoted_cells_hold_commas_quotes_and_newlines()
    {
        var read = Read("lantern_CaseId,cco_CaseComment\r\nC-1,\"Said \"\"no\"\", then left,\r\nlate\"\r\n").Cases.Single();

        read.Text("cco_CaseComment").ShouldBe("Said \"no\", then left,\r\nlate");
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("lantern_CaseId,prs_FirstName\nC-1,Zoë\n")).ToArray();

        var result = HtcdsCsv.Read(new MemoryStream(bytes), "bom.csv");

        result.Cases.Single().Text("prs_FirstName").ShouldBe("Zoë");
        HtcdsCsv.Read(new StringReader("\uFEFFlantern_CaseId\nC-1\n"), "bom.csv").Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void A_formula_looking_cell_is_plain_text()
    {
        Read("lantern_CaseId,cco_CaseComment\nC-1,\"=HYPERLINK(\"\"http://x\"\")\"\n").Cases.Single().Text("cco_CaseComment").ShouldBe("=HYPERLINK(\"http://x\")");
    }

    [Fact]
    public void A_hostile_value_is_quoted_cut_to_40_characters_with_control_characters_escaped()
    {
        var hostile = "\u001b[31mRED\u202E\r\nRow 9: all good" + new string('x', 60);

        var problem = OnlyProblem($"lantern_CaseId,vic_TraffickingStatus\nC-1,\"{hostile}\"\n");

        problem.Message.ShouldStartWith("\"\\u001B[31mRED\\u202E\\r\\nRow 9: all goodxxxxxxxxxxxxxx…\" is not a value");
        problem.Message.ShouldNotContain("\n");
        problem.Message.ShouldNotContain("\u202E");
    }

    [Fact]
    public void A_hostile_column_name_is_shown_escaped()
    {
        var problem = OnlyProblem("lantern_CaseId,\"evil\u0007\nname\"\nC-1,x\n");

        problem.Message.ShouldStartWith("\"evil\\u0007\\nname\" is not an HTCDS field");
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        OnlyProblem("").Message.ShouldContain("empty");
    }
}
