using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Features.Surveys.Queries;
using Lantern.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Surveys.Pages;

/// <summary>
/// What every page of one survey starts with: the whole instrument (sections, items with their
/// choices, scales, waves), read without tracking, or a 404.
/// </summary>
public abstract class SurveyPage : ComponentBase
{
    [Parameter] public int SurveyId { get; set; }

    [CascadingParameter] protected HttpContext HttpContext { get; set; } = default!;

    [Inject] protected LanternDbContext Db { get; set; } = default!;

    [Inject] protected NavigationManager Navigation { get; set; } = default!;

    /// <summary>Null until the survey and everything the page loads are ready, so nothing half-loaded is drawn.</summary>
    protected Survey? Survey { get; private set; }

    /// <summary>Problems from the last command, for the frame's alert area.</summary>
    protected IEnumerable<string> Errors { get; set; } = [];

    protected CancellationToken Aborted => HttpContext.RequestAborted;

    /// <summary>Whether the signed-in user may do <paramref name="operation"/> on surveys, to decide what the page offers.</summary>
    protected bool May(Operation operation) => HttpContext.User.MaySurveys(operation);

    private bool missing;

    protected override async Task OnInitializedAsync()
    {
        var found = await SurveyQueries.LoadInstrumentAsync(Db, SurveyId, Aborted);
        if (found is not null)
        {
            await LoadAsync(found);
        }

        if (found is null || missing)
        {
            HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        Survey = found;
    }

    /// <summary>Loads what the page shows once the survey is known to exist.</summary>
    protected virtual Task LoadAsync(Survey survey) => Task.CompletedTask;

    /// <summary>For LoadAsync: the thing the page is about does not belong to this survey.</summary>
    protected void NotFound() => missing = true;
}
