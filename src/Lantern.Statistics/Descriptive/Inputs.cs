using Lantern.Statistics.Data;

namespace Lantern.Statistics.Descriptive;

/// <summary>
/// Reading the analyses' inputs. NaN is missing; infinities are refused because they are never
/// answers to a survey question and would turn every statistic into NaN or infinity without saying why.
/// </summary>
internal static class Inputs
{
    /// <exception cref="ArgumentException">A value is infinite.</exception>
    public static void ThrowIfInfinite(IReadOnlyList<double> values, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(values, parameterName);
        for (var i = 0; i < values.Count; i++)
        {
            if (double.IsInfinity(values[i]))
            {
                throw new ArgumentException($"Value {i} is {values[i]}; only finite numbers and NaN (missing) are allowed.", parameterName);
            }
        }
    }

    /// <summary>The values that are not missing, in their order.</summary>
    /// <exception cref="ArgumentException">A value is infinite.</exception>
    public static double[] NonMissing(IReadOnlyList<double> values, string parameterName)
    {
        ThrowIfInfinite(values, parameterName);
        var present = new List<double>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            if (!double.IsNaN(values[i]))
            {
                present.Add(values[i]);
            }
        }

        return [.. present];
    }

    /// <summary>Copies of the named columns, in the order given; NaN stays missing.</summary>
    /// <exception cref="ArgumentException">A name is not a column or is repeated, or a cell is infinite.</exception>
    /// <exception cref="CsvFormatException">A named column holds text.</exception>
    public static double[][] Columns(NumericTable table, IReadOnlyList<string> names, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(names, parameterName);
        var selected = table.Select(names);
        var columns = new double[names.Count][];
        for (var c = 0; c < columns.Length; c++)
        {
            columns[c] = selected.GetValues(c).ToArray();
            for (var row = 0; row < columns[c].Length; row++)
            {
                if (double.IsInfinity(columns[c][row]))
                {
                    throw new ArgumentException(
                        $"{table.SourceName}: line {table.SourceLine(row)}, column \"{names[c]}\" is {columns[c][row]}; only finite numbers and missing values are allowed.",
                        parameterName);
                }
            }
        }

        return columns;
    }

    /// <summary>Listwise deletion: the rows (indices) where every column has a value.</summary>
    public static int[] CompleteRows(double[][] columns, int rowCount)
    {
        var rows = new List<int>(rowCount);
        for (var row = 0; row < rowCount; row++)
        {
            var complete = true;
            foreach (var column in columns)
            {
                if (double.IsNaN(column[row]))
                {
                    complete = false;
                    break;
                }
            }

            if (complete)
            {
                rows.Add(row);
            }
        }

        return [.. rows];
    }

    /// <summary>The values of a column at the given rows.</summary>
    public static double[] Take(double[] column, int[] rows)
    {
        var values = new double[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            values[i] = column[rows[i]];
        }

        return values;
    }
}
