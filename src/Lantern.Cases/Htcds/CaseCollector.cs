namespace Lantern.Cases.Htcds;

/// <summary>
/// What the CSV and JSON readers share: which columns are allowed, the rules for a whole row (at
/// least one value, no case id twice) and the all-or-nothing result.
/// </summary>
internal sealed class CaseCollector(HtcdsLimits limits)
{
    private readonly List<HtcdsProblem> problems = [];
    private readonly List<HtcdsCase> cases = [];
    private readonly Dictionary<string, int> rowsById = new(StringComparer.Ordinal);

    /// <summary>The collected field a column name stands for, or null with the problem added.</summary>
    public HtcdsField? Column(int row, string where, string name)
    {
        var field = HtcdsFields.Find(name);
        if (field is { IsCollected: true })
        {
            return field;
        }

        if (field is not null)
        {
            Problem(row, where, $"{name} is deprecated in HTCDS v2.0 and Lantern does not collect it; delete the column.");
            return null;
        }

        var near = HtcdsFields.Columns.FirstOrDefault(column => column.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        Problem(row, where, name.Length == 0
            ? "a column has no name; name it with an HTCDS field or delete it."
            : $"{ShownValue.Of(name)} is not an HTCDS field or Lantern column{(near is null ? "" : $"; did you mean {near.Name}?")}");
        return null;
    }

    public void Problem(int row, string column, string message)
    {
        problems.Add(new HtcdsProblem(row, column, message));
        if (problems.Count >= limits.MaxProblems)
        {
            throw new StopReading(row, null, $"{limits.MaxProblems:N0} problems found; reading stopped here.");
        }
    }

    /// <summary>Adds the case read from a row, unless it is empty or repeats a case id.</summary>
    public void Add(int row, HtcdsCase read, bool rowHasProblems)
    {
        if (read.IsEmpty && !rowHasProblems)
        {
            Problem(row, "", "the row holds no value; every row must hold at least one.");
            return;
        }

        if (read.CaseId is { } id && !rowsById.TryAdd(id, row))
        {
            Problem(row, HtcdsFields.CaseId, $"case id {ShownValue.Of(id)} is already the id of row {rowsById[id]}; each case id may appear once.");
            return;
        }

        if (problems.Count == 0)
        {
            cases.Add(read);
        }
    }

    /// <summary>Every case if nothing was wrong, otherwise every problem in row order and no case.</summary>
    public HtcdsReadResult Result(string fileName, StopReading? stop = null, string stopColumn = "")
    {
        if (stop is not null)
        {
            problems.Add(new HtcdsProblem(stop.Row, stopColumn, stop.Message + " Nothing was read."));
        }

        return problems.Count == 0
            ? new HtcdsReadResult { FileName = fileName, Cases = cases }
            : new HtcdsReadResult { FileName = fileName, Problems = [.. problems.OrderBy(problem => problem.Row)] };
    }
}
