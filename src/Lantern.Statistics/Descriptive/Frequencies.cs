namespace Lantern.Statistics.Descriptive;

/// <summary>
/// How often one value occurs. <see cref="Percent"/> is out of all values, missing included (what
/// share of respondents gave this answer); <see cref="ValidPercent"/> is out of the values present
/// (what share of those who answered). Both run from 0 to 100.
/// </summary>
public sealed record FrequencyRow(double Value, int Count, double Percent, double ValidPercent);

/// <summary>
/// The distinct values in ascending order with their counts; missing values (NaN) are not a row but
/// are counted in <see cref="Missing"/>. Percentages are NaN when there is nothing to divide by.
/// </summary>
public sealed record FrequencyTable(IReadOnlyList<FrequencyRow> Rows, int N, int Missing, double MissingPercent)
{
    /// <summary>All values, present and missing.</summary>
    public int Total => N + Missing;
}

public static class Frequencies
{
    /// <summary>Counts each distinct value; NaN is a missing value.</summary>
    /// <exception cref="ArgumentException">A value is infinite.</exception>
    public static FrequencyTable Of(IReadOnlyList<double> values)
    {
        var present = Inputs.NonMissing(values, nameof(values));
        Array.Sort(present);
        var total = values.Count;
        var rows = new List<FrequencyRow>();
        var start = 0;
        while (start < present.Length)
        {
            // Sorted, so equal values are neighbours; == also puts 0 and −0 in one row.
            var end = start + 1;
            while (end < present.Length && present[end] == present[start])
            {
                end++;
            }

            var count = end - start;
            rows.Add(new FrequencyRow(present[start], count, Percentage(count, total), Percentage(count, present.Length)));
            start = end;
        }

        var missing = total - present.Length;
        return new FrequencyTable(rows.AsReadOnly(), present.Length, missing, Percentage(missing, total));
    }

    private static double Percentage(int count, int of) => of == 0 ? double.NaN : 100.0 * count / of;
}
