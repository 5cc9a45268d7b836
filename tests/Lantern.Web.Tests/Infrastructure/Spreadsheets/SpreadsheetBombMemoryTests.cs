using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Parser;
using Lantern.Web.Infrastructure.Auth;
using static Lantern.Web.Tests.Infrastructure.Spreadsheets.HostileFiles;

namespace Lantern.Web.Tests.Infrastructure.Spreadsheets;

/// <summary>Measured alone: memory is the whole process's, and any test running beside would move it.</summary>
[CollectionDefinition(nameof(MemoryMeasurement), DisableParallelization = true)]
public sealed class MemoryMeasurement;

/// <summary>
/// Issue 14: an XLSX of 613 KB holding one 600 MB cell took the server from 384 MB to 3.6 GB. Bombs
/// uploaded through the real import page are refused, and the server's memory grows by no more than
/// a few tens of megabytes while it refuses them: the managed heap (garbage included) and the
/// working set are sampled throughout the request, and what is left after a collection is compared.
/// </summary>
[Collection(nameof(MemoryMeasurement))]
public sealed class SpreadsheetBombMemoryTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private const long FewTensOfMegabytes = 48L * Megabyte;

    [Theory]
    [InlineData("zip bomb", "Part xl/worksheets/sheet1.xml of the workbook inflates to more than 50 MB, the limit for one part; split the file.")]
    [InlineData("giant cell", "Sheet 'Data', cell A2: the text is longer than 32,767 characters, the limit for one cell.")]
    [InlineData("giant csv line", "more than 500 cells; the limit is 500 columns.")]
    public async Task A_bomb_uploaded_on_the_import_page_is_refused_and_the_server_grows_by_a_few_tens_of_MB_at_most(string bomb, string reason)
    {
        var (file, fileName) = bomb switch
        {
            "zip bomb" => (ZipBomb(600), "bomb.xlsx"),
            "giant cell" => (GiantCell(), "cell.xlsx"),
            _ => (Encoding.UTF8.GetBytes("organisation\n" + string.Concat(Enumerable.Repeat("a,", 2 * Megabyte))), "line.csv"),
        };
        var browser = await app.BrowserAs(Role.Coordinator);
        // Once first, so that loading and compiling the code on the way are not counted.
        await UploadAsync(browser, file, fileName);
        var heapBefore = Collected();
        var workingSetBefore = Environment.WorkingSet;

        var peak = new PeakSampler();
        string html;
        try
        {
            html = await UploadAsync(browser, file, fileName);
        }
        finally
        {
            peak.Dispose();
        }

        var page = await new HtmlParser().ParseDocumentAsync(html);
        var alert = page.QuerySelector("[role=alert]").ShouldNotBeNull().TextContent;
        alert.ShouldContain("Nothing was imported");
        alert.ShouldContain(reason);
        (peak.Heap - heapBefore).ShouldBeLessThan(FewTensOfMegabytes, $"managed heap grew from {heapBefore / Megabyte} MB to {peak.Heap / Megabyte} MB");
        (peak.WorkingSet - workingSetBefore).ShouldBeLessThan(FewTensOfMegabytes, $"working set grew from {workingSetBefore / Megabyte} MB to {peak.WorkingSet / Megabyte} MB");
        (Collected() - heapBefore).ShouldBeLessThan(8L * Megabyte, "nothing of the upload is kept");
    }

    private static async Task<string> UploadAsync(Browser browser, byte[] file, string fileName)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(await browser.AntiforgeryTokenAsync("/coalition/import")), "__RequestVerificationToken");
        form.Add(new StringContent("import"), "_handler");
        var body = new ByteArrayContent(file);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(body, "file", fileName);
        var response = await browser.Client.PostAsync("/coalition/import", form);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    private static long Collected()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>The highest managed heap (garbage included) and working set seen, sampled every 5 ms until disposed: a bomb's text takes far longer to build.</summary>
    private sealed class PeakSampler : IDisposable
    {
        private readonly Thread thread;
        private volatile bool stopping;

        public PeakSampler()
        {
            thread = new Thread(() =>
            {
                do
                {
                    Heap = Math.Max(Heap, GC.GetTotalMemory(forceFullCollection: false));
                    WorkingSet = Math.Max(WorkingSet, Environment.WorkingSet);
                    Thread.Sleep(5);
                }
                while (!stopping);
            }) { IsBackground = true };
            thread.Start();
        }

        public long Heap { get; private set; }

        public long WorkingSet { get; private set; }

        public void Dispose()
        {
            stopping = true;
            thread.Join();
        }
    }
}
