using Lantern.Cases.Identification;
using Lantern.Cases.Identification.Checklist;
using Lantern.Web.Infrastructure;

namespace Lantern.Web.Features.Cases.Queries;

/// <summary>One element of the definition as a form or the API sends it: the answer and, for a yes, the forms found.</summary>
public sealed record ElementInput(Answer Answer, IReadOnlyList<string>? Forms);

/// <summary>
/// A filled-in screening checklist as the page and the API receive it, turned into the engine's
/// answers and proposal. Nothing is stored: the proposal is computed and shown; recording a
/// decision belongs to a case.
/// </summary>
public sealed record ScreeningInput(
    AgeGroup Age, IReadOnlyList<string>? Observed, ElementInput? Act, ElementInput? Means, ElementInput? Purpose, bool PersonSaysTheyConsented)
{
    /// <summary>The proposal, or the field errors when the input names no form for a yes, forms for a no, or a code the checklist does not have.</summary>
    public (Proposal? Proposal, FieldErrors Errors) Propose()
    {
        var errors = new FieldErrors();
        var answers = new ChecklistAnswers
        {
            Age = Age,
            ObservedIndicators = Observed ?? [],
            Act = Element("act", Act, errors),
            Means = Element("means", Means, errors),
            Purpose = Element("purpose", Purpose, errors),
            PersonSaysTheyConsented = PersonSaysTheyConsented,
        };
        if (!errors.IsEmpty)
        {
            return (null, errors);
        }

        try
        {
            return (IdentificationRule.Propose(answers), errors);
        }
        catch (ArgumentException refused)
        {
            // The engine names the code it does not know; that is the whole message, with no other input in it.
            errors.Add("observed", refused.Message);
            return (null, errors);
        }
    }

    private static ElementAnswer Element(string field, ElementInput? input, FieldErrors errors)
    {
        var forms = input?.Forms ?? [];
        switch (input?.Answer ?? Answer.Unknown)
        {
            case Answer.Yes when forms.Count == 0:
                errors.Add(field, $"Say which {field} was found: tick at least one.");
                return ElementAnswer.Unknown;
            case Answer.Yes:
                return ElementAnswer.Yes(forms);
            case var other when forms.Count > 0:
                errors.Add(field, $"Forms of {field} were ticked but the answer is {other}; the answer is yes when any is ticked.");
                return ElementAnswer.Unknown;
            case Answer.No:
                return ElementAnswer.No;
            default:
                return ElementAnswer.Unknown;
        }
    }

    /// <summary>The checklist's items of one group, in order, for a form.</summary>
    public static IEnumerable<ChecklistItem> ItemsOf(ChecklistGroup group) => ChecklistCatalogue.Items.Where(item => item.Group == group);
}
