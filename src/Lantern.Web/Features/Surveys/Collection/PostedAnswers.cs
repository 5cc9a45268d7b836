namespace Lantern.Web.Features.Surveys.Collection;

/// <summary>How the form's fields are named and read back: one field per item, several values (checkboxes) joined by spaces.</summary>
public static class PostedAnswers
{
    public const string StepField = "step";
    public const string ConsentStep = "consent";
    public const string AnswerPrefix = "a.";

    public static string FieldOf(string itemName) => AnswerPrefix + itemName;

    public static Func<string, string?> From(IFormCollection form) =>
        name => form.TryGetValue(FieldOf(name), out var values) ? string.Join(' ', values.Select(v => v?.Trim())) : null;
}
