namespace Lantern.Web.Features.Surveys.XlsForms;

/// <summary>A problem in an XLSForm workbook at an Excel row (the header is row 1); row 0 means the sheet or file as a whole.</summary>
public sealed record XlsFormProblem(string Sheet, int Row, string Column, string Reason)
{
    public override string ToString() => (Sheet, Row, Column) switch
    {
        ("", _, _) => Reason,
        (_, 0, _) => $"sheet '{Sheet}': {Reason}",
        (_, _, "") => $"sheet '{Sheet}', row {Row}: {Reason}",
        _ => $"sheet '{Sheet}', row {Row}, column '{Column}': {Reason}",
    };
}
