using static Microsoft.Playwright.Assertions;

namespace Lantern.E2E;

[Collection(LanternCollection.Name)]
public sealed class AnonymousVisitorTests(LanternServer server)
{
    [Fact]
    public Task Anonymous_visitor_to_organisations_is_sent_to_sign_in() =>
        server.RunAsync(nameof(Anonymous_visitor_to_organisations_is_sent_to_sign_in), async page =>
        {
            var response = await page.GotoAsync("/coalition/organisations");

            response.ShouldNotBeNull().Status.ShouldBe(200);
            page.PathOf().ShouldBe("/account/sign-in");
            new Uri(page.Url).Query.ShouldBe("?ReturnUrl=%2Fcoalition%2Forganisations");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Organisations" })).ToHaveCountAsync(0);
        });

    [Fact]
    public Task Public_hotlines_page_lists_United_States_and_Italy() =>
        server.RunAsync(nameof(Public_hotlines_page_lists_United_States_and_Italy), async page =>
        {
            var response = await page.GotoAsync("/hotlines");

            response.ShouldNotBeNull().Status.ShouldBe(200);
            page.PathOf().ShouldBe("/hotlines");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "National anti-trafficking hotlines" })).ToBeVisibleAsync();
            var hotlines = page.GetByRole(AriaRole.Table, new() { Name = "Check numbers locally" });
            var unitedStates = hotlines.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = "United States", Exact = true }) });
            await Expect(unitedStates).ToHaveCountAsync(1);
            await Expect(unitedStates).ToContainTextAsync("1-888-373-7888");
            var italy = hotlines.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = "Italy", Exact = true }) });
            await Expect(italy).ToHaveCountAsync(1);
            await Expect(italy).ToContainTextAsync("Numero Verde Antitratta");
            await Expect(italy.GetByRole(AriaRole.Link, new() { Name = "800 290 290" })).ToHaveAttributeAsync("href", "tel:800290290");
        });
}
