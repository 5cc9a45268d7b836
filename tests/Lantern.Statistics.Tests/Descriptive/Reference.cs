using Lantern.Statistics.Data;

namespace Lantern.Statistics.Tests.Descriptive;

/// <summary>
/// The reference data and the comparison with R's values. In R:
/// <c>h &lt;- read.csv("HolzingerSwineford1939.csv"); d &lt;- read.csv("likert_survey_handmade.csv")</c>,
/// values printed with <c>sprintf("%.17g", …)</c>. The statistics are closed forms, so they must agree
/// to 1e-6 relative.
/// </summary>
internal static class Reference
{
    public const double RelativeTolerance = 1e-6;

    public static NumericTable Holzinger { get; } = Read("HolzingerSwineford1939.csv");

    /// <summary>Hand-made Likert items q1–q6 (1–5; q2 and q5 reverse-coded), age and wellbeing, with NAs.</summary>
    public static NumericTable Likert { get; } = Read("likert_survey_handmade.csv");

    public static double[] Column(NumericTable table, string name) => table.GetValues(table.ColumnIndex(name)).ToArray();

    public static void ShouldMatchR(this double actual, double expected, string what = "")
    {
        Math.Abs(actual - expected).ShouldBeLessThanOrEqualTo(
            RelativeTolerance * Math.Abs(expected), $"{what}: {actual:R} vs R's {expected:R}");
    }

    public static void ShouldMatchR(this IReadOnlyList<double> actual, double[] expected, string what = "")
    {
        actual.Count.ShouldBe(expected.Length, what);
        for (var i = 0; i < expected.Length; i++)
        {
            if (double.IsNaN(expected[i]))
            {
                actual[i].ShouldBe(double.NaN, $"{what}[{i}]");
            }
            else
            {
                actual[i].ShouldMatchR(expected[i], $"{what}[{i}]");
            }
        }
    }

    private static NumericTable Read(string name) => CsvNumbers.ReadFile(Path.Combine(AppContext.BaseDirectory, "Reference", name));
}
