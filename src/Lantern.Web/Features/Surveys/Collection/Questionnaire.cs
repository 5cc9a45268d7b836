using Lantern.Web.Features.Surveys.Answers;
using Lantern.Web.Features.Surveys.Conditions;
using Lantern.Web.Features.Surveys.Model;

namespace Lantern.Web.Features.Surveys.Collection;

/// <summary>
/// An instrument laid out as a form of one section per page. Built once per instrument version:
/// conditions are parsed here, not on every request. It decides which page comes next and checks
/// the whole questionnaire with <see cref="AnswerSheet"/>, trusting nothing the browser carried.
/// </summary>
public sealed class Questionnaire
{
    private readonly Dictionary<string, int> sectionOfItem;
    private readonly Dictionary<int, ShowIf> itemConditions = [];
    private readonly Dictionary<int, ShowIf> sectionConditions = [];

    public Questionnaire(Survey survey, AnswerSheet? sheet = null)
    {
        Survey = survey;
        Sheet = sheet ?? new AnswerSheet(survey);
        Pages = [.. survey.Sections.OrderBy(s => s.Position)
            .Select(section => new QuestionnairePage(section, [.. Sheet.Items.Where(i => i.SectionId == section.Id)]))
            .Where(page => page.Items.Count > 0)];
        sectionOfItem = Pages.SelectMany((page, index) => page.Items.Select(item => (item.Name, index))).ToDictionary(p => p.Name, p => p.index, StringComparer.Ordinal);
        foreach (var item in survey.Items)
        {
            if (Parse(item.ShowIf) is { } condition)
            {
                itemConditions[item.Id] = condition;
            }
        }

        foreach (var section in survey.Sections)
        {
            if (Parse(section.ShowIf) is { } condition)
            {
                sectionConditions[section.Id] = condition;
            }
        }
    }

    public Survey Survey { get; }

    public AnswerSheet Sheet { get; }

    public IReadOnlyList<QuestionnairePage> Pages { get; }

    /// <summary>The language asked for when the survey offers it, otherwise the survey's default.</summary>
    public string LanguageFor(string? asked) =>
        asked is not null && Survey.LanguageList.Contains(asked, StringComparer.Ordinal) ? asked : Survey.DefaultLanguage;

    /// <summary>The first page a respondent sees after agreeing, or the thank-you step when no page applies.</summary>
    public FormStep Start() => NextPage(-1, new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>
    /// Takes a submitted page. Every answer given so far is checked again; an error on this page or
    /// an earlier one brings that page back. Otherwise the next page whose section applies follows,
    /// and after the last one the whole questionnaire is checked before it counts as complete.
    /// </summary>
    /// <param name="pageIndex">The page the respondent submitted, as the form said.</param>
    /// <param name="given">Everything posted, by item name (several values of one field joined by spaces).</param>
    public FormStep Submit(int pageIndex, Func<string, string?> given)
    {
        var (answers, errors) = Sheet.Check(given);
        var byName = Sheet.Items.Where(i => answers.ContainsKey(i.Id)).ToDictionary(i => i.Name, i => answers[i.Id], StringComparer.Ordinal);
        if (pageIndex < 0 || pageIndex >= Pages.Count)
        {
            return Start();
        }

        var firstError = FirstErrorPage(errors, upTo: pageIndex);
        if (firstError is { } errorPage)
        {
            return PageWithErrors(errorPage, given, byName, errors);
        }

        var next = NextPage(pageIndex, byName);
        if (!next.IsComplete)
        {
            return next;
        }

        // The last page is behind us: the whole sheet must hold, whatever the hidden fields said.
        return FirstErrorPage(errors, upTo: Pages.Count - 1) is { } lastCheck
            ? PageWithErrors(lastCheck, given, byName, errors)
            : FormStep.Complete(answers, byName);
    }

    /// <summary>Whether an item is drawn on its page: hidden only when its condition reads earlier pages alone and fails.</summary>
    public bool IsDrawn(SurveyItem item, IReadOnlyDictionary<string, string> answersSoFar)
    {
        if (!itemConditions.TryGetValue(item.Id, out var condition))
        {
            return true;
        }

        var page = sectionOfItem[item.Name];
        var readsEarlierPagesOnly = condition.References.All(name => sectionOfItem.TryGetValue(name, out var other) && other < page);
        return !readsEarlierPagesOnly || condition.IsMet(answersSoFar.GetValueOrDefault);
    }

    /// <summary>Whether any page after <paramref name="pageIndex"/> would be shown with the answers so far.</summary>
    public bool HasPageAfter(int pageIndex, IReadOnlyDictionary<string, string> answersSoFar) =>
        !NextPage(pageIndex, answersSoFar).IsComplete;

    private FormStep NextPage(int after, IReadOnlyDictionary<string, string> byName)
    {
        for (var index = after + 1; index < Pages.Count; index++)
        {
            var page = Pages[index];
            var applies = !sectionConditions.TryGetValue(page.Section.Id, out var condition) || condition.IsMet(byName.GetValueOrDefault);
            if (applies && page.Items.Any(item => IsDrawn(item, byName)))
            {
                return FormStep.Page(index, byName, byName, new Dictionary<string, string>(StringComparer.Ordinal));
            }
        }

        return FormStep.Complete(new Dictionary<int, string>(), byName);
    }

    private int? FirstErrorPage(Dictionary<string, string> errors, int upTo)
    {
        int? first = null;
        foreach (var name in errors.Keys)
        {
            var page = sectionOfItem[name];
            if (page <= upTo && (first is null || page < first))
            {
                first = page;
            }
        }

        return first;
    }

    private FormStep PageWithErrors(int pageIndex, Func<string, string?> given, Dictionary<string, string> byName, Dictionary<string, string> errors)
    {
        // The page's own inputs show what was typed, so a respondent can correct it rather than retype it.
        var shown = new Dictionary<string, string>(byName, StringComparer.Ordinal);
        foreach (var item in Pages[pageIndex].Items)
        {
            shown[item.Name] = given(item.Name) ?? "";
        }

        var pageErrors = Pages[pageIndex].Items.Where(i => errors.ContainsKey(i.Name)).ToDictionary(i => i.Name, i => errors[i.Name], StringComparer.Ordinal);
        return FormStep.Page(pageIndex, byName, shown, pageErrors);
    }

    private static ShowIf? Parse(string? text) =>
        !string.IsNullOrWhiteSpace(text) && ShowIf.TryParse(text, out var condition, out _) ? condition : null;
}

public sealed record QuestionnairePage(SurveySection Section, IReadOnlyList<SurveyItem> Items);

/// <summary>
/// Where a respondent is: on a page (with the answers so far, what the inputs show, and errors by
/// item name), or complete with the checked answers by item id.
/// </summary>
public sealed record FormStep(
    int PageIndex,
    IReadOnlyDictionary<string, string> AnswersSoFar,
    IReadOnlyDictionary<string, string> Shown,
    IReadOnlyDictionary<string, string> Errors,
    IReadOnlyDictionary<int, string>? Answers)
{
    public bool IsComplete => Answers is not null;

    public static FormStep Page(int index, IReadOnlyDictionary<string, string> answersSoFar, IReadOnlyDictionary<string, string> shown, IReadOnlyDictionary<string, string> errors) =>
        new(index, answersSoFar, shown, errors, null);

    public static FormStep Complete(IReadOnlyDictionary<int, string> answers, IReadOnlyDictionary<string, string> answersSoFar) =>
        new(-1, answersSoFar, answersSoFar, new Dictionary<string, string>(), answers);
}
