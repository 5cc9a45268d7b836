using OtpNet;
using static Microsoft.Playwright.Assertions;

namespace Lantern.E2E;

/// <summary>What a person does with their authenticator app, for journeys whose role needs two factors.</summary>
internal static class TwoFactorSteps
{
    /// <summary>The six digits an authenticator app shows for <paramref name="key"/>, <paramref name="stepsAhead"/> 30-second steps from now.</summary>
    public static string Code(string key, int stepsAhead = 0) =>
        new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow.AddSeconds(30 * stepsAhead));

    /// <summary>On the enrolment page Lantern sends the person to: reads the key the app would scan, types its code, keeps going.</summary>
    public static async Task<string> EnrolAsync(IPage page)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Two factors" })).ToBeVisibleAsync();
        page.PathOf().ShouldBe("/account/two-factor");
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR code to add Lantern to your authenticator app" })).ToBeVisibleAsync();
        var key = (await page.Locator(".token-secret").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Code", Exact = true }).FillAsync(Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two factors" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Two factors are on.");
        await Expect(page.Locator(".recovery-codes li")).ToHaveCountAsync(10);
        await page.GetByRole(AriaRole.Link, new() { Name = "Continue" }).ClickAsync();
        return key;
    }
}
