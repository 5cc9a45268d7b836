using Lantern.Cases.Identification.Checklist;

namespace Lantern.Cases.Identification;

/// <summary>
/// Rejects answers the rule could only misread: a code that is not on the checklist, or a code
/// given in the wrong place. Every message names the code, so a form or an import can point at it.
/// </summary>
internal static class AnswerCheck
{
    /// <summary>The observed indicators, without repeats, in checklist order.</summary>
    public static List<ChecklistItem> ObservedIndicators(ChecklistAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (!Enum.IsDefined(answers.Age))
        {
            throw new ArgumentOutOfRangeException(nameof(answers), answers.Age, "Not an age group.");
        }

        foreach (var element in Enum.GetValues<PalermoElement>())
        {
            var answer = answers.For(element)
                ?? throw new ArgumentException($"The answer on the {Name(element)} is missing; use ElementAnswer.Unknown when nobody knows.", nameof(answers));
            var stray = answer.Forms.FirstOrDefault(code => ChecklistCatalogue.Item(code).Element != element);
            if (stray is not null)
            {
                throw new ArgumentException($"'{stray}' is not a form of the {Name(element)}.", nameof(answers));
            }
        }

        var observed = new HashSet<ChecklistItem>();
        foreach (var code in answers.ObservedIndicators
            ?? throw new ArgumentException("The observed indicators are missing; give an empty list when none was observed.", nameof(answers)))
        {
            var item = ChecklistCatalogue.Item(code);
            if (item.Element is { } element)
            {
                throw new ArgumentException($"'{code}' is a form of the {Name(element)}, not an indicator: give it in the answer on that element.", nameof(answers));
            }

            observed.Add(item);
        }

        return [.. ChecklistCatalogue.Items.Where(observed.Contains)];
    }

    private static string Name(PalermoElement element) => element.ToString().ToLowerInvariant();
}
