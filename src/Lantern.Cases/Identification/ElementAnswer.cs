namespace Lantern.Cases.Identification;

/// <summary>
/// The answer on one element of the definition. A "yes" names the forms found (which act, which
/// means, which purpose) so that the proposal can say what it rests on; "no" and "don't know"
/// carry none.
/// </summary>
public sealed class ElementAnswer
{
    private ElementAnswer(Answer answer, IReadOnlyList<string> forms)
    {
        Answer = answer;
        Forms = forms;
    }

    public static ElementAnswer Unknown { get; } = new(Answer.Unknown, []);

    public static ElementAnswer No { get; } = new(Answer.No, []);

    public Answer Answer { get; }

    /// <summary>Checklist codes of the forms found, such as <c>act.recruitment</c>; empty unless the answer is yes.</summary>
    public IReadOnlyList<string> Forms { get; }

    /// <summary>The element is established by the forms given; the checklist codes are checked when a proposal is made.</summary>
    public static ElementAnswer Yes(params IEnumerable<string> forms)
    {
        ArgumentNullException.ThrowIfNull(forms);
        string[] given = [.. forms];
        if (given.Length == 0)
        {
            throw new ArgumentException("A yes must name at least one form from the checklist, such as act.recruitment.", nameof(forms));
        }

        return new ElementAnswer(Answer.Yes, given);
    }

    public override string ToString() => Answer == Answer.Yes ? $"Yes({string.Join(", ", Forms)})" : Answer.ToString();
}
