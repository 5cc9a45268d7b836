namespace Lantern.E2E;

internal static class PageExtensions
{
    /// <summary>
    /// Runs one browser journey in its own context and closes it afterwards. When a step fails, a
    /// full-page screenshot of where the browser was is left in bin/.../e2e-failures/ for the post-mortem.
    /// </summary>
    public static async Task RunAsync(this LanternServer server, string journey, Func<IPage, Task> steps)
    {
        var page = await server.NewPageAsync();
        try
        {
            await steps(page);
        }
        catch
        {
            var directory = Path.Combine(AppContext.BaseDirectory, "e2e-failures");
            Directory.CreateDirectory(directory);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, journey + ".png"), FullPage = true });
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>The path of the page's current address, e.g. "/coalition/organisations/3".</summary>
    public static string PathOf(this IPage page) => new Uri(page.Url).AbsolutePath;

    /// <summary>The value of the option whose text contains <paramref name="text"/>; option text may be indented.</summary>
    public static async Task<string> OptionValueAsync(this ILocator select, string text)
    {
        var option = select.Locator("option", new LocatorLocatorOptions { HasText = text });
        await Assertions.Expect(option).ToHaveCountAsync(1);
        return await option.GetAttributeAsync("value") ?? throw new InvalidOperationException($"The option \"{text}\" has no value.");
    }
}
