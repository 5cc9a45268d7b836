using System.Net;
using AngleSharp.Html.Dom;
using Lantern.Web.Features.Surveys.Collection;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Features.Surveys.Collection;

/// <summary>
/// A small instrument that exercises the form: three sections, the third shown only to members;
/// a question that depends on an answer on its own page and one that depends on an earlier page;
/// every input kind; two languages.
/// </summary>
internal static class CollectionHelpers
{
    public const string Consent = "Taking part is voluntary and anonymous.";

    public static async Task<int> CreateSurveyAsync(this LanternFactory app)
    {
        var now = DateTime.UtcNow;
        var about = Section(1, "About you", "Su di te");
        var views = Section(2, "Your views", null);
        var membership = Section(3, "Membership", null, "${member} = 'yes'");
        var survey = new Survey
        {
            Title = $"Collection test {Guid.NewGuid():N}",
            Languages = "en,it",
            ConsentStatement = LocalizedText.Of("en", Consent).With("it", "La partecipazione è volontaria e anonima."),
            CreatedAt = now,
            UpdatedAt = now,
            Sections = [about, views, membership],
            Items =
            [
                Item(about, 1, "age", ItemType.WholeNumber, "Your age", required: true, shape: i => (i.Minimum, i.Maximum) = (16, 120)),
                Item(about, 2, "member", ItemType.SingleChoice, "Are you a member of a coalition organisation?", required: true, choices: ["yes", "no"]),
                Item(about, 3, "groups", ItemType.WholeNumber, "How many groups?", required: true, shape: i => i.ShowIf = "${member} = 'yes'"),
                Item(views, 1, "ief1", ItemType.Likert, "I can influence what the coalition does.", required: true, choices: ["1", "2", "3", "4", "5"]),
                Item(views, 2, "platforms", ItemType.MultipleChoice, "Which platforms do you use?", required: false, choices: ["facebook", "whatsapp", "telegram"]),
                Item(views, 3, "comment", ItemType.Text, "Anything else?", required: false),
                Item(views, 4, "reason", ItemType.Text, "Why did you join?", required: false, shape: i => i.ShowIf = "${member} = 'yes'"),
                Item(membership, 1, "since", ItemType.Date, "Member since", required: true),
            ],
        };
        survey.Items[0].Label = survey.Items[0].Label.With("it", "La tua età");
        await app.InsertAsync(survey);
        return survey.Id;
    }

    public static async Task<SurveyWave> CreateWaveAsync(this LanternFactory app, int surveyId, DateTime? opensAt = null, DateTime? closesAt = null, bool requiresInvitation = false)
    {
        var wave = new SurveyWave
        {
            SurveyId = surveyId, Name = "Spring", PublicKey = WaveKeys.NewPublicKey(), OpensAt = opensAt, ClosesAt = closesAt,
            RequiresInvitation = requiresInvitation, CreatedAt = DateTime.UtcNow,
        };
        await app.InsertAsync(wave);
        return wave;
    }

    public static Task<List<SurveyResponse>> ResponsesAsync(this LanternFactory app, int surveyId) =>
        app.Db(db => db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == surveyId).ToListAsync());

    /// <summary>Answers of a stored response by item name.</summary>
    public static async Task<Dictionary<string, string>> AnswersByNameAsync(this LanternFactory app, SurveyResponse response)
    {
        var items = await app.Db(db => db.SurveyItems.Where(i => i.SurveyId == response.SurveyId).ToDictionaryAsync(i => i.Id, i => i.Name));
        return Lantern.Web.Features.Surveys.Answers.AnswerSheet.FromJson(response.AnswersJson).ToDictionary(a => items[a.Key], a => a.Value);
    }

    public static readonly Dictionary<string, string[]> MemberPage1 = new() { ["a.age"] = ["34"], ["a.member"] = ["yes"], ["a.groups"] = ["2"] };
    public static readonly Dictionary<string, string[]> Page2 = new() { ["a.ief1"] = ["4"], ["a.platforms"] = ["whatsapp", "facebook"], ["a.comment"] = ["Good work"] };
    public static readonly Dictionary<string, string[]> MemberPage3 = new() { ["a.since"] = ["2021-03-15"] };

    private static SurveySection Section(int position, string title, string? italian, string? showIf = null) =>
        new() { Position = position, Title = LocalizedText.Of("en", title).With("it", italian), ShowIf = showIf };

    private static SurveyItem Item(SurveySection section, int position, string name, ItemType type, string label, bool required,
        string[]? choices = null, Action<SurveyItem>? shape = null)
    {
        var item = new SurveyItem
        {
            Section = section, Position = position, Name = name, Type = type, Label = LocalizedText.Of("en", label), Required = required,
            Choices = [.. (choices ?? []).Select((value, i) => new ItemChoice { Value = value, Position = i + 1, Label = LocalizedText.Of("en", $"Option {value}") })],
        };
        shape?.Invoke(item);
        return item;
    }
}

/// <summary>
/// Someone answering a questionnaire without scripts: each post sends the form's hidden fields
/// (the antiforgery token, the step, earlier answers) back with what they fill in.
/// </summary>
internal sealed class Respondent(Browser browser, string url)
{
    public IHtmlDocument Page { get; private set; } = default!;

    public HttpResponseMessage? Last { get; private set; }

    public static async Task<Respondent> StartAsync(Browser browser, string url)
    {
        var respondent = new Respondent(browser, url);
        respondent.Page = await browser.PageAsync(url);
        (await respondent.SendAsync(new Dictionary<string, string[]>())).ShouldBe(HttpStatusCode.OK, "agreeing leads to the first page");
        return respondent;
    }

    /// <summary>Posts the current page with <paramref name="fields"/>, replacing hidden fields of the same names.</summary>
    /// <param name="toPageItself">Post back to the page even when the form names another action.</param>
    public async Task<HttpStatusCode> SendAsync(IReadOnlyDictionary<string, string[]> fields, bool toPageItself = false)
    {
        var form = Form;
        var values = form.QuerySelectorAll("input[type=hidden]")
            .Select(input => new KeyValuePair<string, string>(input.GetAttribute("name")!, input.GetAttribute("value") ?? ""))
            .Where(pair => !fields.ContainsKey(pair.Key))
            .ToList();
        values.AddRange(fields.SelectMany(field => field.Value.Select(value => new KeyValuePair<string, string>(field.Key, value))));
        var action = form.GetAttribute("action");
        Last = await browser.PostAsync(string.IsNullOrEmpty(action) || toPageItself ? url : action, values);
        if (Last.StatusCode == HttpStatusCode.TemporaryRedirect)
        {
            // As a browser does: the same fields, posted again where the redirect says.
            Last = await browser.PostAsync(Last.Headers.Location!.OriginalString, values);
        }

        if (Last.StatusCode == HttpStatusCode.OK)
        {
            Page = await Browser.ParseAsync(Last);
        }

        return Last.StatusCode;
    }

    /// <summary>The error shown under a question, or null.</summary>
    public string? ErrorOf(string itemName) => Page.GetElementById($"q-{itemName}-error")?.TextContent.Trim();

    /// <summary>The questionnaire's form; a staff page also has others, such as signing out.</summary>
    private IHtmlFormElement Form => Page.Forms.Single(f => f.QuerySelector("input[name=step]") is not null);

    public IEnumerable<string> FieldNames => Form.QuerySelectorAll("input:not([type=hidden]), textarea").Select(e => e.GetAttribute("name")!).Distinct();
}
