using Lantern.Web.Features.Surveys.Conditions;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Infrastructure.Spreadsheets;
using static Lantern.Web.Features.Surveys.XlsForms.XlsFormColumns;

namespace Lantern.Web.Features.Surveys.XlsForms;

/// <summary>
/// Walks the survey sheet row by row: groups become sections (questions outside any group go to a
/// section titled by the form), questions become items, and every construct Lantern cannot keep is
/// reported at its cell.
/// </summary>
internal sealed class XlsFormQuestions(
    XlsFormSheet sheet,
    Survey survey,
    IReadOnlyDictionary<string, ChoiceList> lists,
    IReadOnlyList<(string Column, string Language)> labels,
    IReadOnlyList<(string Column, string Language)> hints,
    bool hasChoicesSheet)
{
    // They record when and on which device the form was filled in, not an answer of the respondent.
    private static readonly string[] MetadataTypes = ["start", "end", "today", "deviceid"];

    // PostgreSQL refuses text longer than its column.
    private const int MaxConditionLength = SurveyModelConfiguration.ConditionLength;
    private const int MaxSourceLength = SurveyModelConfiguration.SourceLength;

    private readonly Dictionary<string, int> rowOfName = new(StringComparer.Ordinal);
    private readonly SortedSet<string> skippedMetadata = new(StringComparer.Ordinal);
    private readonly List<int> ignoredAppearances = [];
    private SurveySection? group;
    private SurveySection? loose;
    private int groupDepth;
    private int groupRow;
    private int position;

    public List<string> Notes { get; } = [];

    public void Read()
    {
        foreach (var column in new[] { TypeColumn, Name }.Where(c => !sheet.Has(c)))
        {
            sheet.Problem(1, column, $"the header has no '{column}' column.");
        }

        foreach (var row in sheet.Rows)
        {
            sheet.ReportUnreadCells(row, IsRead);
            ReadRow(row);
        }

        if (groupDepth > 0)
        {
            sheet.Problem(groupRow, TypeColumn, "this begin_group has no end_group.");
        }

        if (survey.Items.Count == 0)
        {
            sheet.Problem(0, "", "the sheet has no questions.");
        }

        if (skippedMetadata.Count > 0)
        {
            Notes.Add($"Rows of type {string.Join(", ", skippedMetadata)} were skipped: they record when and on which device a form was filled in, not an answer of the respondent.");
        }

        if (ignoredAppearances.Count > 0)
        {
            Notes.Add($"The appearance in survey rows {string.Join(", ", ignoredAppearances)} was not kept: it changes only how a question looks in ODK or KoboToolbox.");
        }
    }

    private bool IsRead(string column) =>
        column is TypeColumn or Name or Required or Relevant or Appearance or Constraint or AdaptedFrom
        || labels.Any(l => l.Column == column) || hints.Any(h => h.Column == column);

    private void ReadRow(TableRow row)
    {
        var parts = row[TypeColumn].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var kind = string.Join('_', parts.Take(2)).ToLowerInvariant();
        switch (kind)
        {
            case "":
                sheet.Problem(row.Number, TypeColumn, "the type is empty; every row needs one.");
                break;
            case var _ when parts.Length == 1 && MetadataTypes.Contains(kind):
                skippedMetadata.Add(kind);
                break;
            case "begin_group":
                BeginGroup(row);
                break;
            case "end_group":
                EndGroup(row);
                break;
            case "begin_repeat":
                sheet.Problem(row.Number, TypeColumn, "repeats are not supported: a Lantern response answers each question once.");
                break;
            case "end_repeat":
                // Reported at its begin_repeat.
                break;
            default:
                Question(row, parts);
                break;
        }
    }

    private void BeginGroup(TableRow row)
    {
        groupDepth++;
        if (groupDepth > 1)
        {
            sheet.Problem(row.Number, TypeColumn, "groups inside groups are not supported: Lantern's sections do not nest.");
            return;
        }

        groupRow = row.Number;
        var title = XlsFormSheet.Text(row, labels);
        group = new SurveySection
        {
            Position = survey.Sections.Count + 1,
            Title = title.IsEmpty ? LocalizedText.Of(survey.DefaultLanguage, survey.Title) : title,
            ShowIf = Condition(row),
        };
        survey.Sections.Add(group);
        loose = null;
    }

    private void EndGroup(TableRow row)
    {
        if (groupDepth == 0)
        {
            sheet.Problem(row.Number, TypeColumn, "this end_group has no begin_group before it.");
            return;
        }

        if (--groupDepth == 0)
        {
            group = null;
        }
    }

    private void Question(TableRow row, string[] parts)
    {
        var type = TypeOf(row, parts, out var listName);
        var name = row[Name];
        var known = CheckName(row, name);
        var item = new SurveyItem
        {
            Name = name,
            Type = type ?? ItemType.Text,
            Label = XlsFormSheet.Text(row, labels),
            Hint = XlsFormSheet.Text(row, hints),
            Required = IsRequired(row),
            ShowIf = Condition(row),
            AdaptedFrom = AdaptedFromOf(row),
            Section = CurrentSection(),
            Position = ++position,
        };
        if (!item.Label.Texts.ContainsKey(survey.DefaultLanguage))
        {
            var column = labels.FirstOrDefault(l => l.Language == survey.DefaultLanguage).Column ?? Label;
            sheet.Problem(row.Number, column, $"the question has no label in {XlsFormLanguages.Describe(survey.DefaultLanguage)}.");
        }

        if (listName is not null && lists.TryGetValue(listName, out var list))
        {
            item.Choices = [.. list.Choices.Select((c, i) => new ItemChoice { Value = c.Value, Label = c.Label, Position = i + 1 })];
            CheckLikert(row, item, listName);
        }

        Bounds(row, item);
        if (known)
        {
            rowOfName[name] = row.Number;
        }

        survey.Items.Add(item);
    }

    private ItemType? TypeOf(TableRow row, string[] parts, out string? listName)
    {
        listName = null;
        var appearance = row[Appearance].ToLowerInvariant();
        var likert = appearance.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(LikertAppearance);
        ItemType? type = parts[0].ToLowerInvariant() switch
        {
            "select_one" => likert ? ItemType.Likert : ItemType.SingleChoice,
            "select_multiple" => ItemType.MultipleChoice,
            "integer" => ItemType.WholeNumber,
            "decimal" => ItemType.DecimalNumber,
            "text" => ItemType.Text,
            "date" => ItemType.Date,
            _ => null,
        };
        var isSelect = type is ItemType.Likert or ItemType.SingleChoice or ItemType.MultipleChoice;
        if (type is null || parts.Length != (isSelect ? 2 : 1))
        {
            sheet.Problem(row.Number, TypeColumn, type is null
                ? $"the type '{row[TypeColumn]}' is not supported. Lantern reads select_one, select_multiple, integer, decimal, text, date, begin_group and end_group."
                : isSelect ? $"write the type as '{parts[0]} list_name', naming one list of the choices sheet." : $"'{row[TypeColumn]}' has words after the type.");
            return type;
        }

        if (likert && type != ItemType.Likert)
        {
            sheet.Problem(row.Number, Appearance, "the likert appearance is only for select_one questions.");
        }
        else if (appearance.Length > 0 && !likert)
        {
            ignoredAppearances.Add(row.Number);
        }

        if (isSelect)
        {
            listName = parts[1];
            if (!lists.ContainsKey(listName))
            {
                sheet.Problem(row.Number, TypeColumn, hasChoicesSheet
                    ? $"the list '{listName}' is not in the choices sheet."
                    : $"the list '{listName}' is needed but the workbook has no choices sheet.");
            }
        }

        return type;
    }

    private string? AdaptedFromOf(TableRow row)
    {
        var source = row[AdaptedFrom];
        if (source.Length > MaxSourceLength)
        {
            sheet.Problem(row.Number, AdaptedFrom, $"write the source in at most {MaxSourceLength} characters.");
        }

        return source.Length > 0 ? source : null;
    }

    private bool CheckName(TableRow row, string name)
    {
        if (!SurveyNames.IsValid(name))
        {
            sheet.Problem(row.Number, Name, name.Length == 0 ? "every question needs a name." : $"'{name}' is not a valid name: use {SurveyNames.Rule}.");
            return false;
        }

        if (rowOfName.TryGetValue(name, out var first))
        {
            sheet.Problem(row.Number, Name, $"the name '{name}' is already used in row {first}.");
            return false;
        }

        return true;
    }

    private void CheckLikert(TableRow row, SurveyItem item, string listName)
    {
        var points = item.Choices.Count;
        if (item.Type == ItemType.Likert
            && (points is not (5 or 7) || item.Choices.Where((c, i) => c.Value != $"{i + 1}").Any()))
        {
            sheet.Problem(row.Number, TypeColumn, $"a likert question needs 5 or 7 choices valued 1 to 5 or 1 to 7 in order; list '{listName}' has {points}.");
        }
    }

    private void Bounds(TableRow row, SurveyItem item)
    {
        var constraint = row[Constraint];
        if (constraint.Length == 0)
        {
            return;
        }

        if (item.Type is not (ItemType.WholeNumber or ItemType.DecimalNumber) || !TryReadBounds(constraint, out var minimum, out var maximum))
        {
            sheet.Problem(row.Number, Constraint, "constraints are not supported, except bounds on a number written as '. >= 0 and . <= 200'.");
            return;
        }

        if (minimum > maximum)
        {
            sheet.Problem(row.Number, Constraint, "the lower bound is above the upper bound.");
        }

        (item.Minimum, item.Maximum) = (minimum, maximum);
    }

    private bool IsRequired(TableRow row)
    {
        var flag = XlsFormSheet.Flag(row[Required]);
        if (flag is null)
        {
            sheet.Problem(row.Number, Required, "use yes or no; a question cannot be required only under a condition.");
        }

        return flag ?? false;
    }

    /// <summary>The relevant condition, checked for syntax and for names of earlier questions.</summary>
    private string? Condition(TableRow row)
    {
        var text = row[Relevant];
        if (text.Length == 0)
        {
            return null;
        }

        if (text.Length > MaxConditionLength)
        {
            sheet.Problem(row.Number, Relevant, $"the condition is longer than {MaxConditionLength} characters.");
            return null;
        }

        if (!ShowIf.TryParse(text, out var condition, out var error))
        {
            sheet.Problem(row.Number, Relevant, $"at character {error!.Column}: {error.Reason}");
            return null;
        }

        foreach (var name in condition!.References.Where(n => !rowOfName.ContainsKey(n)))
        {
            sheet.Problem(row.Number, Relevant, $"'{name}' is not the name of an earlier question.");
        }

        return text;
    }

    private SurveySection CurrentSection()
    {
        if (group is not null)
        {
            return group;
        }

        if (loose is null)
        {
            loose = new SurveySection { Position = survey.Sections.Count + 1, Title = LocalizedText.Of(survey.DefaultLanguage, survey.Title) };
            survey.Sections.Add(loose);
        }

        return loose;
    }
}
