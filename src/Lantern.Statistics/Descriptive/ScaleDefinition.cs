namespace Lantern.Statistics.Descriptive;

/// <summary>How a respondent's item answers become one scale score.</summary>
public enum ScoringRule
{
    /// <summary>The mean of the answered items, on the items' own response range.</summary>
    Mean,

    /// <summary>
    /// The sum of the items. When items are missing (allowed by
    /// <see cref="ScaleDefinition.MinimumAnswered"/>) the sum is prorated, mean × number of items, so
    /// that a respondent who skipped an item is not scored as if they had answered 0.
    /// </summary>
    Sum,
}

/// <summary>
/// A questionnaire scale: its items (column names), the ones worded in the opposite direction, and
/// the response range shared by all items (e.g. 1–5), which reverse coding needs: a reversed
/// answer is <c>Min + Max − x</c>.
/// </summary>
/// <param name="Items">The item columns, at least one, each once.</param>
/// <param name="Min">The lowest possible answer.</param>
/// <param name="Max">The highest possible answer; above <paramref name="Min"/>.</param>
public sealed record ScaleDefinition(IReadOnlyList<string> Items, double Min, double Max)
{
    /// <summary>Items to reverse before scoring; each must be one of <see cref="Items"/>.</summary>
    public IReadOnlyList<string> ReverseCoded { get; init; } = [];

    public ScoringRule Rule { get; init; } = ScoringRule.Mean;

    /// <summary>
    /// How many items a respondent must have answered to get a score; null (the default) means
    /// all of them.
    /// </summary>
    public int? MinimumAnswered { get; init; }
}
