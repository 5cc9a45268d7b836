using Lantern.Statistics.Data;

namespace Lantern.Statistics.Descriptive;

public static class Scales
{
    /// <summary>
    /// Each row's score on the scale: its answered items, reversed where the definition says, combined
    /// by the definition's rule. A row with fewer answered items than
    /// <see cref="ScaleDefinition.MinimumAnswered"/> (by default: all) gets NaN.
    /// </summary>
    /// <returns>One score per row of <paramref name="table"/>, in its order.</returns>
    /// <exception cref="ArgumentException">
    /// The definition is not valid (see <see cref="ScaleDefinition"/>; MinimumAnswered must be between 1
    /// and the number of items), an item is not a column, or an answer lies outside the response range.
    /// </exception>
    /// <exception cref="CsvFormatException">An item column holds text.</exception>
    public static IReadOnlyList<double> Score(NumericTable table, ScaleDefinition scale)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(scale);
        var items = ScaleItems.Read(table, scale.Items, scale.ReverseCoded, scale.Min, scale.Max);
        var k = items.Length;
        var required = scale.MinimumAnswered ?? k;
        if (required < 1 || required > k)
        {
            throw new ArgumentException($"MinimumAnswered is {required}, but the scale has {k} items; it must be between 1 and {k}.", nameof(scale));
        }

        var scores = new double[table.RowCount];
        for (var row = 0; row < scores.Length; row++)
        {
            var sum = 0.0;
            var answered = 0;
            foreach (var item in items)
            {
                if (!double.IsNaN(item[row]))
                {
                    sum += item[row];
                    answered++;
                }
            }

            if (answered < required)
            {
                scores[row] = double.NaN;
                continue;
            }

            var mean = sum / answered;
            // A complete row's sum is kept as added up, not as mean × k, so it stays exact.
            scores[row] = scale.Rule == ScoringRule.Mean ? mean : answered == k ? sum : mean * k;
        }

        return Array.AsReadOnly(scores);
    }
}
