using Lantern.Web.Data;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Features.Advocacy.Queries;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Advocacy.Pages;

/// <summary>
/// What every page of one campaign starts with: the campaign as this user may see it, or a 404
/// that looks the same whether the campaign is missing or private to others.
/// </summary>
public abstract class CampaignPage : ComponentBase
{
    [Parameter] public int CampaignId { get; set; }

    [CascadingParameter] protected HttpContext HttpContext { get; set; } = default!;

    [Inject] protected CampaignAccess Access { get; set; } = default!;

    [Inject] protected LanternDbContext Db { get; set; } = default!;

    [Inject] protected CommandRunner Commands { get; set; } = default!;

    [Inject] protected NavigationManager Navigation { get; set; } = default!;

    /// <summary>
    /// The campaign, once it and everything the page loads are ready. Until then it is null, so the
    /// render that happens at the first await shows nothing half-loaded (and binds no empty form).
    /// </summary>
    protected Campaign? Campaign { get; private set; }

    /// <summary>Problems from the last command, for the page's alert area.</summary>
    protected IEnumerable<string> Errors { get; set; } = [];

    protected CancellationToken Aborted => HttpContext.RequestAborted;

    /// <summary>The step whose comments the page shows, if it shows any.</summary>
    protected virtual CampaignStep? CommentsStep => null;

    protected IReadOnlyList<CampaignComment> Comments { get; private set; } = [];

    private bool missing;

    protected override async Task OnInitializedAsync()
    {
        var found = await Access.FindAsync(CampaignId, Aborted);
        if (found is not null)
        {
            await LoadAsync(found);
        }

        if (found is null || missing)
        {
            HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (CommentsStep is { } step)
        {
            Comments = await Db.CampaignComments.AsNoTracking().Where(c => c.CampaignId == CampaignId && c.Step == step.Key)
                .OrderBy(c => c.At).ThenBy(c => c.Id).ToListAsync(Aborted);
        }

        Campaign = found;
    }

    /// <summary>Loads what the page shows once the campaign is known to be visible.</summary>
    protected virtual Task LoadAsync(Campaign campaign) => Task.CompletedTask;

    /// <summary>For LoadAsync: the item the page is about is not in this campaign.</summary>
    protected void NotFound() => missing = true;

    /// <summary>Shows a command's problems, or goes on to <paramref name="next"/> when it worked.</summary>
    protected void Complete<T>(CommandResult<T> result, string next)
    {
        Errors = result.Errors.Messages;
        if (result.Succeeded)
        {
            Navigation.NavigateTo(next);
        }
    }

    protected string UrlOf(CampaignStep step) => step.UrlFor(CampaignId);
}
