using Lantern.Web.Infrastructure;

namespace Lantern.Web.Features.Surveys.Api;

internal static class ButtonResults
{
    /// <summary>
    /// A page button's answer: on to the page <paramref name="next"/> names when the command worked,
    /// otherwise the API's answer for its failure (404 for a missing survey or part, 403 when refused).
    /// </summary>
    public static IResult RedirectOrProblem<T>(this CommandResult<T> result, Func<T, string> next) =>
        result.Succeeded ? Results.Redirect(next(result.Value!)) : result.Problem();
}
