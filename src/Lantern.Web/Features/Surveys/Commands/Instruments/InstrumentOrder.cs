using Lantern.Web.Features.Surveys.Conditions;
using Lantern.Web.Features.Surveys.Model;

namespace Lantern.Web.Features.Surveys.Commands.Instruments;

/// <summary>Which way a move goes in the instrument's order.</summary>
public enum MoveDirection
{
    Up,
    Down,
}

/// <summary>
/// The order a respondent meets an instrument in (sections by position, items by position inside
/// their section), and the rule that follows from it: a show-if may read only answers given before.
/// </summary>
public static class InstrumentOrder
{
    public static IReadOnlyList<SurveySection> Sections(Survey survey) =>
        [.. survey.Sections.OrderBy(s => s.Position).ThenBy(s => s.Id)];

    public static IReadOnlyList<SurveyItem> ItemsOf(Survey survey, SurveySection section) =>
        [.. survey.Items.Where(i => i.SectionId == section.Id).OrderBy(i => i.Position).ThenBy(i => i.Id)];

    /// <summary>
    /// Why <paramref name="showIf"/> cannot stand where it is, or null when it can: it must parse,
    /// and every name it reads must be an item in <paramref name="earlierItems"/>.
    /// </summary>
    public static string? ShowIfProblem(string? showIf, string? selfName, IReadOnlySet<string> earlierItems, IReadOnlySet<string> allItems)
    {
        if (string.IsNullOrWhiteSpace(showIf))
        {
            return null;
        }

        if (!ShowIf.TryParse(showIf, out var condition, out var error))
        {
            return $"The show-if condition cannot be read at column {error!.Column}: {error.Reason}";
        }

        foreach (var name in condition!.References)
        {
            if (name == selfName)
            {
                return $"The show-if condition refers to ${{{name}}}, the item itself; it can only use answers to earlier items.";
            }

            if (!earlierItems.Contains(name))
            {
                return allItems.Contains(name)
                    ? $"The show-if condition refers to ${{{name}}}, which comes later in the instrument; it can only use answers to earlier items."
                    : $"The show-if condition refers to ${{{name}}}, which is not an item of this survey.";
            }
        }

        return null;
    }

    /// <summary>
    /// The first show-if in the whole instrument that no longer holds (after a move, a rename or a
    /// deletion), said with where it is; null when all hold.
    /// </summary>
    public static string? FirstBrokenShowIf(Survey survey)
    {
        var all = survey.Items.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        var earlier = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in Sections(survey))
        {
            if (ShowIfProblem(section.ShowIf, null, earlier, all) is { } sectionProblem)
            {
                return $"Section “{section.Title}”: {sectionProblem}";
            }

            foreach (var item in ItemsOf(survey, section))
            {
                if (ShowIfProblem(item.ShowIf, item.Name, earlier, all) is { } itemProblem)
                {
                    return $"Item {item.Name}: {itemProblem}";
                }

                earlier.Add(item.Name);
            }
        }

        return null;
    }

    /// <summary>Swaps the part at <paramref name="index"/> with its neighbour that way; false at either end, where nothing moves.</summary>
    public static bool Swap<T>(List<T> order, int index, MoveDirection direction)
    {
        var other = direction == MoveDirection.Up ? index - 1 : index + 1;
        if (other < 0 || other >= order.Count)
        {
            return false;
        }

        (order[index], order[other]) = (order[other], order[index]);
        return true;
    }

    /// <summary>Numbers the items of a section 1, 2, 3 … in the given order.</summary>
    public static void Renumber(IEnumerable<SurveyItem> items)
    {
        var position = 0;
        foreach (var item in items)
        {
            item.Position = ++position;
        }
    }

    public static void Renumber(IEnumerable<SurveySection> sections)
    {
        var position = 0;
        foreach (var section in sections)
        {
            section.Position = ++position;
        }
    }
}
