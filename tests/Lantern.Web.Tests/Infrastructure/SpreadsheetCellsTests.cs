using Lantern.Web.Infrastructure.Spreadsheets;

namespace Lantern.Web.Tests.Infrastructure;

public sealed class SpreadsheetCellsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Neutralise_turns_a_missing_or_empty_cell_into_an_empty_string(string? value) =>
        SpreadsheetCells.Neutralise(value).ShouldBe("");

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+30 210", "'+30 210")]
    [InlineData("-5+cmd|' /C calc'!A0", "'-5+cmd|' /C calc'!A0")]
    [InlineData("-1-1", "'-1-1")]
    [InlineData("@x", "'@x")]
    [InlineData("\t", "'\t")]
    [InlineData("\r=1", "'\r=1")]
    [InlineData("=HYPERLINK(\"http://evil.test\",\"click\")", "'=HYPERLINK(\"http://evil.test\",\"click\")")]
    public void Neutralise_prefixes_an_apostrophe_to_a_cell_a_spreadsheet_would_run(string value, string expected) =>
        SpreadsheetCells.Neutralise(value).ShouldBe(expected);

    [Theory]
    [InlineData("Shelter network")]
    [InlineData("30 210 1234567")]
    [InlineData("a=b")]
    [InlineData("'quoted already")]
    [InlineData(" =1+1")]
    [InlineData("-5")]
    [InlineData("-0.5214")]
    [InlineData("+3")]
    [InlineData("-1.5e-3")]
    public void Neutralise_leaves_ordinary_text_and_plain_numbers_alone(string value) =>
        SpreadsheetCells.Neutralise(value).ShouldBe(value);

    [Theory]
    [InlineData("=1+1")]
    [InlineData("+30 210")]
    [InlineData("-5")]
    [InlineData("@x")]
    [InlineData("\t")]
    [InlineData("\r")]
    [InlineData("plain")]
    [InlineData("'plain")]
    [InlineData("'")]
    public void Restore_gives_back_exactly_what_was_neutralised(string value) =>
        SpreadsheetCells.Restore(SpreadsheetCells.Neutralise(value)).ShouldBe(value);

    [Theory]
    [InlineData("")]
    [InlineData("'")]
    [InlineData("'plain")]
    [InlineData("it's")]
    [InlineData("=1+1")]
    public void Restore_keeps_an_apostrophe_that_does_not_guard_a_formula(string value) =>
        SpreadsheetCells.Restore(value).ShouldBe(value);

    [Theory]
    [InlineData("'=1+1", "=1+1")]
    [InlineData("'+30 210", "+30 210")]
    [InlineData("'-5", "-5")]
    [InlineData("'@x", "@x")]
    public void Restore_removes_the_apostrophe_an_export_put_before_a_formula_character(string value, string expected) =>
        SpreadsheetCells.Restore(value).ShouldBe(expected);

    [Theory]
    [InlineData("=1+1")]
    [InlineData("=")]
    [InlineData("@x")]
    [InlineData("@SUM(1+1)*cmd|' /C calc'!A0")]
    [InlineData("+cmd|' /C calc'!A0")]
    [InlineData("-cmd|' /C calc'!A0")]
    [InlineData("=HYPERLINK(\"http://evil.test\",\"click\")")]
    public void LooksLikeFormula_is_true_for_text_a_spreadsheet_would_evaluate(string value) =>
        SpreadsheetCells.LooksLikeFormula(value).ShouldBeTrue();

    [Theory]
    [InlineData("")]
    [InlineData("-5")]
    [InlineData("+30 210")]
    [InlineData("+30 210 1234567")]
    [InlineData("+(30) 210 1234567")]
    [InlineData("- a bullet point")]
    [InlineData("+")]
    [InlineData("-")]
    [InlineData("\t")]
    [InlineData("Shelter network")]
    [InlineData("a=b")]
    public void LooksLikeFormula_is_false_for_numbers_phone_numbers_and_plain_text(string value) =>
        SpreadsheetCells.LooksLikeFormula(value).ShouldBeFalse();
}
