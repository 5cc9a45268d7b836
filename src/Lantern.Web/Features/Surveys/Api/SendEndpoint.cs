using Lantern.Web.Features.Surveys.Collection;
using Lantern.Web.Infrastructure.Security;

namespace Lantern.Web.Features.Surveys.Api;

/// <summary>
/// Where the last page of a public form posts. A complete, valid questionnaire is stored without
/// drawing any page, which keeps the busiest request cheap. Anything else goes back to the form
/// page: a 307 re-posts the same fields there, and the page draws the errors or the next page.
/// </summary>
public static class SendEndpoint
{
    public static void MapSendEndpoint(this IEndpointRouteBuilder app) =>
        app.MapPost("/s/{publicKey}/send", SendAsync)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Public)
            .RequireAntiforgeryToken()
            .ExcludeFromDescription();

    private static async Task<IResult> SendAsync(string publicKey, HttpContext context, PublicWaves waves)
    {
        var language = context.Request.Query["lang"].ToString();
        var token = context.Request.Query["t"].ToString();
        var formPage = PublicLinks.Form(publicKey, language, token);
        var (form, _) = await waves.OpenAsync(publicKey, token, context.RequestAborted);
        if (form is null)
        {
            // The form page says why (closed, unknown, invitation used) with the right status.
            return Results.Redirect(formPage);
        }

        var posted = await context.Request.ReadFormAsync(context.RequestAborted);
        var step = int.TryParse(posted[PostedAnswers.StepField], out var pageIndex)
            ? form.Questionnaire.Submit(pageIndex, PostedAnswers.From(posted))
            : null;
        if (step is not { IsComplete: true })
        {
            return Results.Redirect(formPage, permanent: false, preserveMethod: true);
        }

        var outcome = await waves.StoreAsync(form, step.Answers!, form.Questionnaire.LanguageFor(language), token);
        return Results.Redirect(outcome == SubmissionOutcome.Stored ? PublicLinks.Thanks(publicKey) : formPage);
    }
}
