using Lantern.Statistics.Data;
using Lantern.Statistics.Descriptive;
using Lantern.Web.Features.Surveys.Answers;
using Lantern.Web.Features.Surveys.Model;

namespace Lantern.Web.Features.Surveys.Queries;

public enum VariableKind
{
    Likert,
    WholeNumber,
    DecimalNumber,
    /// <summary>A single-choice item whose choice values are all numbers.</summary>
    NumericChoice,
    /// <summary><c>x_n</c>: how many options of multiple-choice item x were chosen.</summary>
    ChoiceCount,
    /// <summary><c>x_value</c>: 1 when the option was chosen, 0 when not.</summary>
    ChoiceIndicator,
    ScaleScore,
}

/// <summary>One numeric column of the dataset, as analyses and model syntax name it.</summary>
public sealed record AnalysisVariable(string Name, string Label, VariableKind Kind, int NonMissing);

/// <summary>A single-choice item seen as categories: each respondent's choice value, or null when unanswered.</summary>
public sealed record CategoricalVariable(SurveyItem Item, IReadOnlyList<string?> Answers);

/// <summary>
/// A scale ready for the engine: its definition (item columns, reverse-coded ones, the response
/// range shared by its items) or, when it cannot be scored, why not.
/// </summary>
public sealed record ScaleVariable(SurveyScale Scale, ScaleDefinition? Definition, string? Problem);

/// <summary>
/// The responses of one survey as analysis variables, one row per response in id order, missing = NaN:
/// <list type="bullet">
/// <item>Likert, whole-number and decimal items by their names (a Likert answer is its point's value, 1..k);</item>
/// <item>single-choice items as categories, and also as numbers when every choice value is a number;</item>
/// <item>multiple-choice item x as <c>x_n</c> (options chosen) and <c>x_value</c> (0/1 per option), missing when unanswered;</item>
/// <item>each scale by its name: the mean or sum of its items, reverse-coded items as min + max − answer.
/// A respondent gets a score only when every item of the scale is answered (no prorating), so a
/// score always means the same set of answers. A scale whose items do not share one known response
/// range is not scored, and <see cref="Problems"/> says so.</item>
/// </list>
/// Text and date items are not analysis variables.
/// </summary>
public sealed class SurveyDataset
{
    private readonly Dictionary<string, AnalysisVariable> byName;

    private SurveyDataset(int rowCount, NumericTable table, IReadOnlyList<AnalysisVariable> variables,
        IReadOnlyList<CategoricalVariable> categories, IReadOnlyList<ScaleVariable> scales, IReadOnlyList<string> problems)
    {
        RowCount = rowCount;
        Table = table;
        Variables = variables;
        Categories = categories;
        Scales = scales;
        Problems = problems;
        byName = variables.ToDictionary(v => v.Name, StringComparer.Ordinal);
    }

    public int RowCount { get; }

    /// <summary>Every numeric variable, for the engine; columns in the order of <see cref="Variables"/>.</summary>
    public NumericTable Table { get; }

    public IReadOnlyList<AnalysisVariable> Variables { get; }

    public IReadOnlyList<CategoricalVariable> Categories { get; }

    public IReadOnlyList<ScaleVariable> Scales { get; }

    /// <summary>Why something the instrument defines is not among the variables.</summary>
    public IReadOnlyList<string> Problems { get; }

    public AnalysisVariable? Find(string name) => byName.GetValueOrDefault(name);

    public IReadOnlyList<double> Values(string name) => Table.GetValues(Table.ColumnIndex(name)).ToArray();

    /// <param name="responses">The survey's responses; rows follow their ids.</param>
    public static SurveyDataset Build(Survey survey, IEnumerable<SurveyResponse> responses)
    {
        var answers = responses.OrderBy(r => r.Id).Select(r => AnswerSheet.FromJson(r.AnswersJson)).ToList();
        var language = survey.DefaultLanguage;
        var columns = new Columns();
        var categories = new List<CategoricalVariable>();

        foreach (var item in survey.Items)
        {
            var label = item.Label.In(language, language);
            IReadOnlyList<string?> given = [.. answers.Select(a => a.GetValueOrDefault(item.Id))];
            switch (item.Type)
            {
                case ItemType.Likert:
                    columns.Add(item.Name, label, VariableKind.Likert, given.Select(a => ChoiceNumber(item, a)));
                    break;
                case ItemType.WholeNumber or ItemType.DecimalNumber:
                    columns.Add(item.Name, label, item.Type == ItemType.WholeNumber ? VariableKind.WholeNumber : VariableKind.DecimalNumber,
                        given.Select(a => a is null ? double.NaN : AnswerFormat.AsNumber(a) ?? double.NaN));
                    break;
                case ItemType.SingleChoice:
                    categories.Add(new CategoricalVariable(item, given));
                    if (item.Choices.Count > 0 && item.Choices.All(c => AnswerFormat.AsNumber(c.Value) is not null))
                    {
                        columns.Add(item.Name, label, VariableKind.NumericChoice, given.Select(a => ChoiceNumber(item, a)));
                    }

                    break;
                case ItemType.MultipleChoice:
                    var chosen = given.Select(a => a is null ? null : AnswerFormat.Chosen(a)).ToList();
                    columns.Add(SurveyNames.CountVariable(item.Name), $"{label} (number chosen)", VariableKind.ChoiceCount, chosen.Select(c => c is null ? double.NaN : c.Length));
                    foreach (var choice in item.Choices)
                    {
                        columns.Add($"{item.Name}_{VariablePart(choice.Value)}", $"{label}: {choice.Label.In(language, language)}", VariableKind.ChoiceIndicator,
                            chosen.Select(c => c is null ? double.NaN : c.Contains(choice.Value) ? 1 : 0));
                    }

                    break;
                default:
                    // Text and dates have no numeric meaning.
                    break;
            }
        }

        var itemTable = columns.ToTable();
        var scales = survey.Scales.Select(scale => Define(survey, scale, columns)).ToList();
        for (var i = 0; i < scales.Count; i++)
        {
            if (scales[i] is { Definition: { } definition, Scale: var scale })
            {
                try
                {
                    columns.Add(scale.Name, scale.Label.Length > 0 ? scale.Label : scale.Name, VariableKind.ScaleScore,
                        Lantern.Statistics.Descriptive.Scales.Score(itemTable, definition));
                }
                catch (ArgumentException outOfRange)
                {
                    // An answer outside the items' range (data imported before the range changed): say so rather than score it.
                    scales[i] = scales[i] with { Definition = null, Problem = $"Scale {scale.Name} is not scored: {outOfRange.Message}" };
                }
            }
        }

        var problems = columns.Problems.Concat(scales.Where(s => s.Problem is not null).Select(s => s.Problem!)).ToList();
        return new SurveyDataset(answers.Count, columns.ToTable(), columns.Variables, categories, scales, problems);
    }

    /// <summary>A choice's value as a number; for a Likert item whose values are not numbers, its point 1..k.</summary>
    private static double ChoiceNumber(SurveyItem item, string? answer)
    {
        if (answer is null)
        {
            return double.NaN;
        }

        if (AnswerFormat.AsNumber(answer) is { } number)
        {
            return number;
        }

        var index = item.Choices.FindIndex(c => c.Value == answer);
        return item.Type == ItemType.Likert && index >= 0 ? index + 1 : double.NaN;
    }

    /// <summary>The lowest and highest answer an item allows: from its choices, or its bounds; null when open-ended.</summary>
    private static (double Min, double Max)? RangeOf(SurveyItem item)
    {
        if (item.HasChoices)
        {
            var values = item.Choices.Select(c => ChoiceNumber(item, c.Value)).Where(v => !double.IsNaN(v)).ToList();
            return values.Count >= 2 ? (values.Min(), values.Max()) : null;
        }

        return item is { Minimum: { } min, Maximum: { } max } && min < max ? ((double)min, (double)max) : null;
    }

    private static ScaleVariable Define(Survey survey, SurveyScale scale, Columns columns)
    {
        var members = scale.Items.Select(m => (Item: survey.Items.SingleOrDefault(i => i.Id == m.ItemId), m.Reversed)).ToList();
        if (members.Count == 0 || members.Any(m => m.Item is null || !columns.Has(m.Item.Name)))
        {
            return new ScaleVariable(scale, null, $"Scale {scale.Name} is not scored: it needs numeric items (Likert, numbers or numeric choices).");
        }

        var ranges = members.Select(m => RangeOf(m.Item!)).Distinct().ToList();
        if (ranges is not [{ } range])
        {
            return new ScaleVariable(scale, null, $"Scale {scale.Name} is not scored: its items do not share one response range, which reverse coding and a common score need.");
        }

        var definition = new ScaleDefinition([.. members.Select(m => m.Item!.Name)], range.Min, range.Max)
        {
            ReverseCoded = [.. members.Where(m => m.Reversed).Select(m => m.Item!.Name)],
            Rule = scale.Scoring == ScaleScoring.Sum ? ScoringRule.Sum : ScoringRule.Mean,
        };
        return new ScaleVariable(scale, definition, null);
    }

    /// <summary>Choice values may hold '-' and '.', which variable names may not.</summary>
    private static string VariablePart(string value) => string.Concat(value.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_'));

    /// <summary>The numeric columns as they are added; a name already taken is skipped and reported.</summary>
    private sealed class Columns
    {
        private readonly List<(AnalysisVariable Variable, double[] Values)> added = [];
        private readonly HashSet<string> names = new(StringComparer.Ordinal);

        public List<string> Problems { get; } = [];

        public IReadOnlyList<AnalysisVariable> Variables => [.. added.Select(a => a.Variable)];

        public bool Has(string name) => names.Contains(name);

        public void Add(string name, string label, VariableKind kind, IEnumerable<double> values)
        {
            if (!names.Add(name))
            {
                Problems.Add($"The variable {name} is defined twice; only the first is kept.");
                return;
            }

            var column = values.ToArray();
            added.Add((new AnalysisVariable(name, label, kind, column.Count(v => !double.IsNaN(v))), column));
        }

        public NumericTable ToTable() =>
            NumericTable.FromColumns([.. added.Select(a => a.Variable.Name)], [.. added.Select(a => (IReadOnlyList<double>)a.Values)], "responses");
    }
}
