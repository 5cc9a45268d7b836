using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Features.Surveys.Queries;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Surveys.Transfer;

/// <summary>Posting files to the transfer pages as a browser does, and storing instruments to move.</summary>
public static class TransferHelpers
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Posts <paramref name="file"/> with the named form of <paramref name="url"/>, with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(Browser browser, string url, string formName, byte[] file, string fileName, string contentType)
    {
        var token = await browser.AntiforgeryTokenAsync(url);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        form.Add(new StringContent(formName), "_handler");
        var body = new ByteArrayContent(file);
        body.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(body, "file", fileName);
        return await browser.Client.PostAsync(url, form);
    }

    /// <summary>Posts a form found in <paramref name="page"/> with its current values (selected options, hidden fields), changed by <paramref name="changes"/>.</summary>
    public static Task<HttpResponseMessage> PostFormAsync(Browser browser, string url, IHtmlDocument page, string formName, IDictionary<string, string>? changes = null)
    {
        var form = page.Forms.FirstOrDefault(f => f.QuerySelector($"input[name=_handler][value='{formName}']") is not null)
                   ?? throw new InvalidOperationException($"The page has no form named {formName}.");
        var values = form.QuerySelectorAll("input[type=hidden]")
            .Select(input => (Name: input.GetAttribute("name")!, Value: input.GetAttribute("value") ?? ""))
            .Concat(form.QuerySelectorAll("select").Cast<IHtmlSelectElement>().Select(select => (Name: select.Name!, Value: select.Value ?? "")))
            .ToDictionary(pair => pair.Name, pair => pair.Value);
        foreach (var (name, value) in changes ?? new Dictionary<string, string>())
        {
            values[name] = value;
        }

        return browser.PostAsync(url, values);
    }

    public static Task<int> StoreAsync(LanternFactory app, Survey survey) => app.Db(async db =>
    {
        db.Add(survey);
        await db.SaveChangesAsync();
        return survey.Id;
    });

    public static Task<Survey> LoadAsync(LanternFactory app, int surveyId) =>
        app.Db(async db => (await SurveyQueries.LoadInstrumentAsync(db, surveyId, CancellationToken.None)).ShouldNotBeNull());
}
