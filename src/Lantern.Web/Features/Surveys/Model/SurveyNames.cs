namespace Lantern.Web.Features.Surveys.Model;

/// <summary>
/// Item, scale and choice names double as variable names in data files and lavaan syntax, so they
/// follow the rules all of those accept: a letter first, then letters, digits and underscores.
/// </summary>
public static class SurveyNames
{
    public static bool IsValid(string? name) =>
        name is { Length: > 0 and <= SurveyModelConfiguration.NameLength }
        && char.IsAsciiLetter(name[0])
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    /// <summary>Choice values may also start with a digit ("1" … "7" on a Likert item), but hold no spaces.</summary>
    public static bool IsValidChoiceValue(string? value) =>
        value is { Length: > 0 and <= SurveyModelConfiguration.NameLength }
        && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.');

    /// <summary>How a multiple-choice item enters analyses: the number of options chosen.</summary>
    public static string CountVariable(string itemName) => itemName + "_n";

    /// <summary>Whether <paramref name="name"/> is already the count variable of one of the survey's multiple-choice items.</summary>
    public static bool IsCountVariableOf(Model.Survey survey, string name) =>
        survey.Items.Any(i => i.Type == Model.ItemType.MultipleChoice && CountVariable(i.Name) == name);

    public const string Rule = "letters, digits and underscores, starting with a letter, at most 64 characters";
}
