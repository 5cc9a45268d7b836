using Lantern.Statistics.Data;

namespace Lantern.Statistics.Descriptive;

/// <summary>The item columns of a scale, range-checked and with the reverse-coded items reversed.</summary>
internal static class ScaleItems
{
    /// <summary>One array per item, one value per row of the table; NaN stays missing.</summary>
    /// <exception cref="ArgumentException">
    /// No items; a reverse-coded item that is not an item or is named twice; a range that is not
    /// finite with Min below Max; an unknown column; or an answer outside the range (reversing it
    /// would give a value outside the scale, so the range or the data must be wrong).
    /// </exception>
    /// <exception cref="CsvFormatException">An item column holds text.</exception>
    public static double[][] Read(NumericTable table, IReadOnlyList<string> items, IReadOnlyList<string> reverseCoded, double min, double max)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(reverseCoded);
        if (items.Count == 0)
        {
            throw new ArgumentException("A scale needs at least one item.", nameof(items));
        }

        if (!double.IsFinite(min) || !double.IsFinite(max) || !(min < max))
        {
            throw new ArgumentException($"The response range {min}–{max} is not valid: Min must be below Max and both finite.", nameof(min));
        }

        var reverse = ReverseFlags(items, reverseCoded);
        var columns = Inputs.Columns(table, items, nameof(items));
        for (var c = 0; c < columns.Length; c++)
        {
            var column = columns[c];
            for (var row = 0; row < column.Length; row++)
            {
                var value = column[row];
                if (value < min || value > max)
                {
                    throw new ArgumentException(
                        $"{table.SourceName}: line {table.SourceLine(row)}, item \"{items[c]}\" is {value}, outside the response range {min}–{max}.",
                        nameof(items));
                }

                if (reverse[c])
                {
                    column[row] = min + max - value;
                }
            }
        }

        return columns;
    }

    private static bool[] ReverseFlags(IReadOnlyList<string> items, IReadOnlyList<string> reverseCoded)
    {
        var flags = new bool[items.Count];
        foreach (var name in reverseCoded)
        {
            var index = -1;
            for (var i = 0; i < items.Count; i++)
            {
                if (string.Equals(items[i], name, StringComparison.Ordinal))
                {
                    index = i;
                    break;
                }
            }

            if (index < 0)
            {
                throw new ArgumentException($"The reverse-coded item \"{name}\" is not one of the scale's items.", nameof(reverseCoded));
            }

            if (flags[index])
            {
                throw new ArgumentException($"The reverse-coded item \"{name}\" is named twice.", nameof(reverseCoded));
            }

            flags[index] = true;
        }

        return flags;
    }
}
