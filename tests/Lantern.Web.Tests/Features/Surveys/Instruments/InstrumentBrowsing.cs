using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Features.Surveys.Instruments;

/// <summary>
/// Works the instrument pages as a person does: a form is posted with every field as the page
/// shows it, changed only where the test says, so an edit that leaves a field alone keeps it.
/// </summary>
internal static class InstrumentBrowsing
{
    public static async Task<HttpResponseMessage> FillAsync(this Browser browser, string url, string formName, IReadOnlyDictionary<string, string> changes)
    {
        var page = await browser.PageAsync(url);
        var form = page.Forms.FirstOrDefault(f => f.QuerySelector($"input[name=_handler][value='{formName}']") is not null)
                   ?? throw new InvalidOperationException($"{url} has no form named {formName}.");
        var values = CurrentValues(form).Where(pair => !changes.ContainsKey(pair.Key)).ToList();
        values.AddRange(changes);
        return await browser.PostAsync(url, values);
    }

    /// <summary>Posts the form and expects the redirect that means it was saved.</summary>
    public static async Task SaveAsync(this Browser browser, string url, string formName, IReadOnlyDictionary<string, string> changes)
    {
        var response = await browser.FillAsync(url, formName, changes);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{url}: {await ProblemsAsync(response)}");
    }

    /// <summary>Posts a form that should be refused, and returns the problems the page shows.</summary>
    public static async Task<string> RefusedAsync(this Browser browser, string url, string formName, IReadOnlyDictionary<string, string> changes)
    {
        var response = await browser.FillAsync(url, formName, changes);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, "a refused form is shown again with its problems");
        return await ProblemsAsync(response);
    }

    /// <summary>The problems a response shows: alerts, the validation summary, and the messages beside fields.</summary>
    public static async Task<string> ProblemsAsync(HttpResponseMessage response)
    {
        var page = await Browser.ParseAsync(response);
        return string.Join(" | ", page.QuerySelectorAll("[role=alert], .validation-errors li, .validation-message").Select(e => e.TextContent.Trim()));
    }

    /// <summary>The messages shown beside the fields only (not the summary).</summary>
    public static async Task<IReadOnlyList<string>> FieldMessagesAsync(HttpResponseMessage response) =>
        [.. (await Browser.ParseAsync(response)).QuerySelectorAll(".validation-message").Select(e => e.TextContent.Trim())];

    /// <summary>Presses one of the instrument page's post buttons, found by its accessible label.</summary>
    public static async Task<HttpResponseMessage> PressAsync(this Browser browser, int surveyId, string label)
    {
        var page = await browser.PageAsync($"/surveys/{surveyId}");
        var button = page.QuerySelectorAll("button").FirstOrDefault(b => b.GetAttribute("aria-label") == label)
                     ?? throw new InvalidOperationException($"No button “{label}” on the instrument page.");
        var form = (IHtmlFormElement)button.Closest("form")!;
        return await browser.PostAsync(form.Action.StartsWith('/') ? form.Action : new Uri(form.Action).PathAndQuery, CurrentValues(form));
    }

    public static async Task<int> CreateSurveyAsync(this Browser browser, string title, string languages = "en")
    {
        var response = await browser.FillAsync("/surveys/new", "survey-settings", new Dictionary<string, string>
        {
            ["Input.Title"] = title, ["Input.Languages"] = languages, ["Input.DefaultLanguage"] = languages.Split(',')[0],
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await ProblemsAsync(response));
        return IdAtEnd(response);
    }

    public static async Task<int> CreateFromTemplateAsync(this Browser browser)
    {
        var token = await browser.AntiforgeryTokenAsync("/surveys");
        var response = await browser.PostAsync("/surveys/from-template", [new("__RequestVerificationToken", token)]);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return IdAtEnd(response);
    }

    public static async Task<int> AddSectionAsync(this Browser browser, LanternFactory app, int surveyId, string title, string language = "en")
    {
        await browser.SaveAsync($"/surveys/{surveyId}/sections/new", "section", new Dictionary<string, string> { [$"Input.Title[{language}]"] = title });
        return await app.Db(db => db.Set<SurveySection>().Where(s => s.SurveyId == surveyId).MaxAsync(s => s.Id));
    }

    public static async Task<int> AddItemAsync(this Browser browser, LanternFactory app, int surveyId, int sectionId, string name,
        ItemType type = ItemType.Likert, string label = "A question", Dictionary<string, string>? more = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.Type"] = type.ToString(), ["Input.Label[en]"] = label,
        };
        foreach (var (key, value) in more ?? [])
        {
            fields[key] = value;
        }

        await browser.SaveAsync($"/surveys/{surveyId}/sections/{sectionId}/items/new", "item", fields);
        return await app.Db(db => db.SurveyItems.Where(i => i.SurveyId == surveyId && i.Name == name).Select(i => i.Id).SingleAsync());
    }

    /// <summary>The instrument's item names in the order a respondent meets them.</summary>
    public static Task<List<string>> ItemOrderAsync(this LanternFactory app, int surveyId) =>
        app.Db(async db => (await Lantern.Web.Features.Surveys.Queries.SurveyQueries.LoadInstrumentAsync(db, surveyId, CancellationToken.None))!.Items.Select(i => i.Name).ToList());

    private static List<KeyValuePair<string, string>> CurrentValues(IHtmlFormElement form)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when !box.IsChecked:
                    break;
                case IHtmlInputElement input:
                    values.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    values.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    var chosen = select.Options.FirstOrDefault(o => o.IsSelected) ?? (select.Options.Length > 0 ? select.Options[0] : null);
                    values.Add(new(name, chosen?.Value ?? ""));
                    break;
            }
        }

        return values;
    }

    private static int IdAtEnd(HttpResponseMessage response) =>
        int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
}
