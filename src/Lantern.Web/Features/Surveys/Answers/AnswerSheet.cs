using System.Text.Json;
using Lantern.Web.Features.Surveys.Conditions;
using Lantern.Web.Features.Surveys.Model;

namespace Lantern.Web.Features.Surveys.Answers;

/// <summary>
/// Checks a whole questionnaire at once, as the public form and the importers both must:
/// every answer in its item's format, conditions applied in order (an answer to a question that
/// was not shown is dropped), and required questions answered where they were shown.
/// </summary>
public sealed class AnswerSheet
{
    private readonly IReadOnlyList<(SurveyItem Item, ShowIf? ItemCondition, ShowIf? SectionCondition)> ordered;

    public AnswerSheet(Survey survey)
    {
        var sections = survey.Sections.ToDictionary(s => s.Id);
        ordered = [.. survey.Items
            .OrderBy(i => sections.TryGetValue(i.SectionId, out var s) ? s.Position : int.MaxValue).ThenBy(i => i.Position)
            .Select(i => (i, Condition(i.ShowIf), sections.TryGetValue(i.SectionId, out var s) ? Condition(s.ShowIf) : null))];
    }

    public IEnumerable<SurveyItem> Items => ordered.Select(o => o.Item);

    /// <param name="given">Answers as given, by item name.</param>
    /// <returns>Stored answers by item id, and errors by item name (empty when the sheet is valid).</returns>
    public (Dictionary<int, string> Answers, Dictionary<string, string> Errors) Check(Func<string, string?> given)
    {
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        var answers = new Dictionary<int, string>();
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        string? AnswerOf(string name) => byName.GetValueOrDefault(name);

        foreach (var (item, itemCondition, sectionCondition) in ordered)
        {
            var shown = (sectionCondition?.IsMet(AnswerOf) ?? true) && (itemCondition?.IsMet(AnswerOf) ?? true);
            if (!shown)
            {
                continue;
            }

            var (answer, error) = AnswerFormat.Read(item, given(item.Name));
            if (error is not null)
            {
                errors[item.Name] = error;
            }
            else if (answer.Length > 0)
            {
                byName[item.Name] = answer;
                answers[item.Id] = answer;
            }
            else if (item.Required)
            {
                errors[item.Name] = "This question needs an answer.";
            }
        }

        return (answers, errors);
    }

    /// <summary>Whether an item is shown given the answers so far, for drawing the form.</summary>
    public bool IsShown(SurveyItem item, Func<string, string?> answerOf)
    {
        var entry = ordered.First(o => o.Item.Id == item.Id);
        return (entry.SectionCondition?.IsMet(answerOf) ?? true) && (entry.ItemCondition?.IsMet(answerOf) ?? true);
    }

    public static string ToJson(IReadOnlyDictionary<int, string> answers) => JsonSerializer.Serialize(answers);

    public static Dictionary<int, string> FromJson(string json) => JsonSerializer.Deserialize<Dictionary<int, string>>(json) ?? [];

    // Conditions are checked when they are saved; a stored one that no longer parses shows the question.
    private static ShowIf? Condition(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : ShowIf.TryParse(text, out var condition, out _) ? condition : null;
}
