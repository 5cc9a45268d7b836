using Lantern.Web.Features.Account;
using Lantern.Web.Features.Surveys.Demo;
using Lantern.Web.Infrastructure.Auth;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Lantern.E2E;

/// <summary>
/// A researcher runs the seed-000 study end to end: the instrument from the template, a wave's
/// public link answered by 40 people in their own browsers, the demographic table, and a path
/// model with its diagram.
/// </summary>
[Collection(SurveyCollection.Name)]
public sealed class SurveyJourneyTests(LanternServer server)
{
    private const string Email = "researcher@coalition.example";
    private const string Password = "survey e2e passphrase";
    private const int Respondents = 40;

    [Fact]
    public Task Researcher_collects_forty_responses_and_models_them() =>
        server.RunAsync(nameof(Researcher_collects_forty_responses_and_models_them), async page =>
        {
            await SignInAsResearcherAsync(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "New from template: Anti-trafficking engagement survey" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Instrument", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" })).ToContainTextAsync("Anti-trafficking engagement survey");
            var surveyPath = page.PathOf();

            var link = await OpenAWaveAsync(page);
            foreach (var answers in SimulatedRespondents.Generate(Respondents, seed: 11))
            {
                await RespondAsync(link, answers);
            }

            await page.GotoAsync(surveyPath.TrimStart('/') + "/analysis");
            var tableOne = page.Locator("table", new() { Has = page.GetByText($"Demographic characteristics of respondents (n = {Respondents})") });
            await Expect(tableOne).ToBeVisibleAsync();
            await Expect(tableOne).ToContainTextAsync("Age group");
            await Expect(tableOne).ToContainTextAsync("Employed full-time");

            await RunTheFirstStudyModelAsync(page);
        });

    private async Task SignInAsResearcherAsync(IPage page)
    {
        using (var scope = server.Services.CreateScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            if (await accounts.FindByEmailAsync(Email) is null)
            {
                (await accounts.CreateAsync(Email, Password, Role.Researcher)).ShouldBeEmpty();
            }
        }

        await page.GotoAsync("account/sign-in");
        await page.GetByLabel("Email").FillAsync(Email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Surveys" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Surveys", Level = 1 })).ToBeVisibleAsync();
    }

    /// <returns>The wave's public link.</returns>
    private static async Task<string> OpenAWaveAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Survey" }).GetByRole(AriaRole.Link, new() { Name = "Collection" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a wave" }).ClickAsync();
        await page.GetByLabel("Name").FillAsync("Members, summer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save wave" }).ClickAsync();
        var link = page.Locator("a[href^='/s/']");
        await Expect(link).ToHaveCountAsync(1);
        return (await link.GetAttributeAsync("href"))!;
    }

    /// <summary>One respondent in a browser of their own: consent, then each page, answering what it asks.</summary>
    private async Task RespondAsync(string link, Dictionary<string, string> answers)
    {
        var page = await server.NewPageAsync();
        try
        {
            await page.GotoAsync(link.TrimStart('/'));
            await page.GetByRole(AriaRole.Button, new() { Name = "I agree, start" }).ClickAsync();
            while (true)
            {
                await Expect(page.Locator("h1, h2").First).ToBeVisibleAsync();
                if (await page.GetByRole(AriaRole.Heading, new() { Name = "Thank you" }).CountAsync() > 0)
                {
                    return;
                }

                foreach (var (name, answer) in answers)
                {
                    await AnswerAsync(page, $"a.{name}", answer);
                }

                var send = page.GetByRole(AriaRole.Button, new() { Name = "Send my answers" });
                await (await send.CountAsync() > 0 ? send : page.GetByRole(AriaRole.Button, new() { Name = "Next" })).ClickAsync();
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task AnswerAsync(IPage page, string field, string answer)
    {
        var inputs = page.Locator($"form.questionnaire [name='{field}']:not([type=hidden])");
        if (await inputs.CountAsync() == 0)
        {
            return;
        }

        if (await inputs.First.GetAttributeAsync("type") is "radio" or "checkbox")
        {
            foreach (var value in answer.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                await inputs.And(page.Locator($"[value='{value}']")).CheckAsync();
            }
        }
        else
        {
            await inputs.FillAsync(answer);
        }
    }

    private static async Task RunTheFirstStudyModelAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Survey" }).GetByRole(AriaRole.Link, new() { Name = "Path models" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Start from “Figure 1: internal efficacy as the outcome”" }).ClickAsync();
        await page.GetByLabel("Name").FillAsync("Efficacy, summer wave");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and run" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Parameter estimates" })).ToBeVisibleAsync();
        await Expect(page.Locator("table").Filter(new() { HasText = "organisations_n" }).First).ToBeVisibleAsync();
        var diagram = page.GetByRole(AriaRole.Img, new() { Name = "Path diagram" });
        await Expect(diagram).ToBeVisibleAsync();
        // The picture really loaded and was drawn, not just an <img> pointing nowhere.
        (await diagram.EvaluateAsync<int>("img => img.complete ? img.naturalWidth : 0")).ShouldBeGreaterThan(100);
        var svg = await page.APIRequest.GetAsync((await diagram.GetAttributeAsync("src"))!.TrimStart('/'));
        (await svg.TextAsync()).ShouldContain("internal_efficacy");
    }
}

/// <summary>The survey journey gets a server of its own, so the first-run journey still starts from an empty install.</summary>
[CollectionDefinition(Name)]
public sealed class SurveyCollection : ICollectionFixture<LanternServer>
{
    public const string Name = "Survey server and browser";
}
