using System.Net;
using System.Net.Http.Json;
using Lantern.Cases.Htcds;
using Lantern.Cases.Identification;
using Lantern.Web.Features.Cases.Api;
using Lantern.Web.Features.Cases.Queries;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Cases;

/// <summary>The screening checklist on the page and through the API: a proposal with its reasons, for case workers only.</summary>
public sealed class ScreeningTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static readonly ScreeningInput ChildInSexualExploitation = new(
        AgeGroup.Child, ["ilo.isolation"], new(Answer.Yes, ["act.recruitment"]), null, new(Answer.Yes, ["purpose.sexual_exploitation"]), PersonSaysTheyConsented: true);

    [Fact]
    public async Task A_frontline_worker_gets_actual_victim_for_a_child_recruited_for_exploitation_whatever_the_child_agreed_to()
    {
        var client = await app.ApiAs(Role.Frontline);

        var response = await client.PostAsJsonAsync("/api/cases/screening/proposal", ChildInSexualExploitation, TestJson.Api);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var proposal = (await response.Content.ReadFromJsonAsync<ProposalDto>(TestJson.Api))!;
        proposal.Status.ShouldBe(TraffickingStatus.ActualVictimOfTrafficking);
        proposal.Reasons.ShouldContain(r => r.Kind == ReasonKind.IndicatorsObserved && r.Codes.Contains("ilo.isolation"));
        proposal.Reasons.ShouldContain(r => r.Kind == ReasonKind.ConsentVoidForChild);
        proposal.ExploitationTypes.ShouldContain(ExploitationType.SexualExploitation);
    }

    [Fact]
    public async Task A_yes_without_a_form_or_an_unknown_code_is_refused_with_the_field_named()
    {
        var client = await app.ApiAs(Role.Coordinator);

        var noForm = await client.PostAsJsonAsync("/api/cases/screening/proposal", ChildInSexualExploitation with { Act = new(Answer.Yes, []) }, TestJson.Api);
        var unknown = await client.PostAsJsonAsync("/api/cases/screening/proposal", ChildInSexualExploitation with { Observed = ["ilo.not_a_code"] }, TestJson.Api);

        noForm.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noForm.Content.ReadAsStringAsync()).ShouldContain("\"act\"");
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.Content.ReadAsStringAsync()).ShouldContain("ilo.not_a_code");
    }

    [Theory]
    [InlineData(Role.Analyst)]
    [InlineData(Role.Researcher)]
    [InlineData(Role.Viewer)]
    public async Task Roles_that_never_see_a_case_cannot_screen(Role role)
    {
        var client = await app.ApiAs(role);

        (await client.PostAsJsonAsync("/api/cases/screening/proposal", ChildInSexualExploitation, TestJson.Api)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var page = await (await app.BrowserAs(role)).Client.GetAsync("/cases/screening");
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.OriginalString.ShouldContain("/account/denied");
    }

    [Fact]
    public async Task The_checklist_lists_every_item_with_its_wording_and_knowledge_page()
    {
        var items = await (await app.ApiAs(Role.Frontline)).GetFromJsonAsync<List<ChecklistItemDto>>("/api/cases/screening/checklist", TestJson.Api);

        items.ShouldNotBeNull();
        items.Count(i => i.Code.StartsWith("ilo.", StringComparison.Ordinal)).ShouldBe(11);
        items.ShouldAllBe(i => i.Label.Length > 0 && i.Question.Length > 0 && i.KnowledgeUrl.StartsWith("/knowledge/"));
    }

    [Fact]
    public async Task On_the_page_an_adult_with_act_and_purpose_but_means_unknown_is_a_possible_victim_and_the_ticks_stay()
    {
        var browser = await app.BrowserAs(Role.Frontline);

        var response = await browser.SubmitAsync("/cases/screening", "screening",
        [
            new("Age", "Adult"),
            new("Observed", "ilo.deception"),
            new("Observed", "ilo.debt_bondage"),
            new("actForms", "act.recruitment"),
            new("means", "Unknown"),
            new("purposeForms", "purpose.forced_labour"),
        ]);

        var page = await Browser.ParseAsync(response);
        page.QuerySelector(".proposal h2")!.TextContent.ShouldContain("Possible victim");
        page.QuerySelectorAll("input[name=Observed][checked]").Select(i => i.GetAttribute("value")).ShouldBe(["ilo.deception", "ilo.debt_bondage"], ignoreOrder: true);
        page.QuerySelector("input[name=actForms][value='act.recruitment']")!.HasAttribute("checked").ShouldBeTrue();
    }
}
