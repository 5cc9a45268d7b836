using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Lantern.Web.Data;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Tests.Features.Advocacy;
using Lantern.Web.Tests.Features.Surveys.Collection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using Xunit.Abstractions;

namespace Lantern.Web.Tests.Infrastructure.Forms;

/// <summary>The app with a sink on its log that keeps every error and every exception.</summary>
public sealed class WatchedApp() : LanternFactory(DatabaseProvider.Sqlite)
{
    public ErrorSink Errors { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(Errors));
    }
}

public sealed class ErrorSink : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> events = new();

    public IReadOnlyList<string> Lines =>
        [.. events.Select(e => $"{e.Level}: {e.RenderMessage(CultureInfo.InvariantCulture)} {e.Exception?.GetType().Name} {e.Exception?.Message}")];

    public void Emit(LogEvent logEvent)
    {
        if (logEvent.Level >= LogEventLevel.Error || logEvent.Exception is not null)
        {
            events.Enqueue(logEvent);
        }
    }
}

/// <summary>
/// Every form of the app, found by walking the pages an Administrator reaches from the home page
/// over seeded data, is posted back with its antiforgery token but with each of its fields left
/// out in turn, and with all of them left out, as a hand-made request may. Model binding must give
/// defaults or validation messages: no 500, and no exception in the log.
/// </summary>
public sealed partial class MissingFieldsTests(WatchedApp app, ITestOutputHelper output) : IClassFixture<WatchedApp>
{
    private const int MaxPages = 400;

    [Fact]
    public async Task No_form_fails_when_its_fields_are_left_out()
    {
        var browser = await app.BrowserAs(Role.Administrator);
        var starts = await SeedAsync(browser);

        var forms = await DiscoverFormsAsync(browser, starts);
        forms.AddRange(await QuestionPageFormsAsync(browser, forms));
        forms.Count.ShouldBeGreaterThan(30, "the walk should reach the app's forms");

        var failures = new List<string>();
        var posts = 0;
        foreach (var form in forms)
        {
            foreach (var leftOut in Omissions(form))
            {
                var response = await PostAsync(browser, form, leftOut);
                posts++;
                if (response.StatusCode == HttpStatusCode.InternalServerError)
                {
                    failures.Add($"{form.Page} → POST {form.Action} ({form.Name}) without {string.Join(", ", leftOut)}: 500");
                }
            }
        }

        output.WriteLine($"{forms.Count} forms, {posts} posts:");
        foreach (var form in forms)
        {
            output.WriteLine($"  {form.Action} ({form.Name}): {string.Join(", ", form.Fields.Where(f => !f.Hidden).Select(f => f.Name).Distinct())}");
        }

        posts.ShouldBeGreaterThan(forms.Count);
        failures.ShouldBeEmpty(string.Join("\n", failures));
        app.Errors.Lines.ShouldBeEmpty(string.Join("\n", app.Errors.Lines));
    }

    /// <summary>
    /// What to leave out of a form, one post each: every field in turn, every family of indexed
    /// fields (<c>Input.Choices[en]</c>, <c>Input.Choices[it]</c>), and every visible field at once.
    /// The antiforgery token and the form's name stay. A form of hidden fields only (sign-out,
    /// delete buttons) is not posted: there is nothing a person fills in, and posting it would act.
    /// </summary>
    private static IEnumerable<IReadOnlyCollection<string>> Omissions(Form form)
    {
        var visible = form.Fields.Where(f => !f.Hidden).Select(f => f.Name).Distinct().ToList();
        if (visible.Count == 0)
        {
            yield break;
        }

        var names = form.Fields.Select(f => f.Name).Where(n => n is not ("__RequestVerificationToken" or "_handler")).Distinct().ToList();
        foreach (var name in names)
        {
            yield return [name];
        }

        foreach (var family in names.Where(n => n.Contains('[', StringComparison.Ordinal)).GroupBy(n => n[..n.IndexOf('[', StringComparison.Ordinal)]).Where(g => g.Count() > 1))
        {
            yield return [.. family];
        }

        yield return visible;
    }

    /// <summary>The public link's first page asks for consent; its questions come on the page after, reached by agreeing.</summary>
    private static async Task<List<Form>> QuestionPageFormsAsync(Browser browser, List<Form> forms)
    {
        var found = new List<Form>();
        foreach (var consent in forms.Where(f => f.Action.StartsWith("/s/", StringComparison.Ordinal)).ToList())
        {
            var page = await Browser.ParseAsync(await PostAsync(browser, consent, []));
            found.AddRange(page.Forms.Where(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase)).Select(f => Read(f, consent.Action)));
        }

        found.ShouldNotBeEmpty("the public link's questions should be reached");
        return found;
    }

    /// <summary>The demo coalition and survey, a campaign with an objective and an indicator, and a survey open at a public link.</summary>
    private async Task<List<string>> SeedAsync(Browser browser)
    {
        await DemoData.SeedAsync(app.Services);
        var campaignId = await browser.CreateCampaignAsync("Forms campaign");
        var due = new DateOnly(2026, 12, 31);
        await app.InsertAsync(
            new Objective { CampaignId = campaignId, Statement = "Platforms remove deceptive job ads", MeasurableTarget = "Ten platforms", DueDate = due },
            new Indicator { CampaignId = campaignId, Name = "Platforms committed", Unit = "platforms", TargetValue = 10, BaselineDate = due.AddYears(-1), DueDate = due },
            new MediaKitItem { CampaignId = campaignId, Title = "Fact sheet", Body = "Facts." },
            new SocialCard { CampaignId = campaignId, Headline = "Check the job before you travel" });
        var surveyId = await app.CreateSurveyAsync();
        var wave = await app.CreateWaveAsync(surveyId);
        return ["/", $"/advocacy/{campaignId}", $"/s/{wave.PublicKey}"];
    }

    private sealed record Field(string Name, string Value, bool Hidden, bool File);

    private sealed record Form(string Page, string Action, string Name, bool Multipart, IReadOnlyList<Field> Fields);

    /// <summary>Walks the app's links from <paramref name="starts"/>, one page per route (ids and query strings aside), and collects every post form once.</summary>
    private static async Task<List<Form>> DiscoverFormsAsync(Browser browser, IEnumerable<string> starts)
    {
        var queue = new Queue<string>(starts);
        var seenRoutes = new HashSet<string>();
        var forms = new Dictionary<string, Form>();
        while (queue.TryDequeue(out var url) && seenRoutes.Count < MaxPages)
        {
            if (!seenRoutes.Add(RouteOf(url)))
            {
                continue;
            }

            var response = await browser.Client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var page = await Browser.ParseAsync(response);
            foreach (var href in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal))
                {
                    queue.Enqueue(href.Split('#')[0]);
                }
            }

            foreach (var element in page.Forms.Where(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase)))
            {
                var form = Read(element, url);
                forms.TryAdd($"{RouteOf(form.Action)} {form.Name} {string.Join(",", form.Fields.Select(f => f.Name))}", form);
            }
        }

        return [.. forms.Values];
    }

    private static Form Read(IHtmlFormElement form, string pageUrl)
    {
        var fields = new List<Field>();
        foreach (var element in form.Elements)
        {
            if (element.GetAttribute("name") is not { Length: > 0 } name)
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement { Type: "hidden" } input:
                    fields.Add(new(name, input.Value, Hidden: true, File: false));
                    break;
                case IHtmlInputElement { Type: "file" }:
                    fields.Add(new(name, "", Hidden: false, File: true));
                    break;
                case IHtmlInputElement { Type: "checkbox" or "radio" } box:
                    // Sent as a browser would with the box ticked (the first of a radio group), so leaving it out is a change.
                    if (box.IsChecked || fields.TrueForAll(f => f.Name != name))
                    {
                        fields.Add(new(name, box.Value, Hidden: false, File: false));
                    }

                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value, Hidden: false, File: false));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value, Hidden: false, File: false));
                    break;
                case IHtmlSelectElement select:
                    var chosen = select.Options.FirstOrDefault(o => o.IsSelected) ?? (select.Options.Length > 0 ? select.Options[0] : null);
                    fields.Add(new(name, chosen?.Value ?? "", Hidden: false, File: false));
                    break;
                case IHtmlButtonElement button:
                    fields.Add(new(name, button.Value, Hidden: false, File: false));
                    break;
            }
        }

        var handler = fields.FirstOrDefault(f => f.Name == "_handler")?.Value ?? "";
        return new Form(pageUrl, Browser.Target(form.GetAttribute("action"), pageUrl), handler,
            string.Equals(form.Enctype, "multipart/form-data", StringComparison.OrdinalIgnoreCase), fields);
    }

    /// <summary>Posts the form with its values as shown, less <paramref name="leftOut"/>; a file field not left out sends an empty file.</summary>
    private static Task<HttpResponseMessage> PostAsync(Browser browser, Form form, IReadOnlyCollection<string> leftOut)
    {
        var sent = form.Fields.Where(f => !leftOut.Contains(f.Name)).ToList();
        if (!form.Multipart)
        {
            return browser.Client.PostAsync(form.Action, new FormUrlEncodedContent(sent.Where(f => !f.File).Select(f => new KeyValuePair<string, string>(f.Name, f.Value))));
        }

        var content = new MultipartFormDataContent();
        foreach (var field in sent)
        {
            if (field.File)
            {
                content.Add(new ByteArrayContent([]), field.Name, "empty.csv");
            }
            else
            {
                content.Add(new StringContent(field.Value), field.Name);
            }
        }

        return browser.Client.PostAsync(form.Action, content);
    }

    /// <summary>A URL's route: its path with numbers and public keys as placeholders, without the query.</summary>
    private static string RouteOf(string url) => Ids().Replace(url.Split('?')[0], "/#");

    [GeneratedRegex(@"/(\d+|[A-Za-z0-9_-]{20,})(?=/|$)")]
    private static partial Regex Ids();
}

public sealed class FormCompletionTests
{
    [Fact]
    public void Non_nullable_strings_and_collections_left_null_by_binding_become_empty_and_nullable_ones_stay_null()
    {
        var input = new Lantern.Web.Features.Surveys.Commands.Instruments.SurveySettingsInput { Title = null!, Languages = null!, Description = null, Consent = null! };

        Lantern.Web.Infrastructure.Forms.MissingFormFields.Complete(input);

        input.Title.ShouldBe("");
        input.Languages.ShouldBe("", "an empty value is reported by [Required], where a default would hide the omission");
        input.Consent.ShouldBeEmpty();
        input.Description.ShouldBeNull();
    }
}
