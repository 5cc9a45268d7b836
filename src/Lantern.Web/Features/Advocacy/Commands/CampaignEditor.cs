using Lantern.Web.Data;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Features.Advocacy.Queries;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Advocacy.Commands;

/// <summary>
/// What every campaign command shares, so each handler says only what is its own: the campaign
/// must be one the caller may see (a private one only by its members), an item named by id must
/// belong to it, the whole input must pass before anything changes, and the change is saved with
/// its history and marks the campaign as updated. The <see cref="CommandRunner"/> has already
/// checked the permission and opened the transaction, so nothing here opens one.
/// </summary>
public sealed class CampaignEditor(LanternDbContext db, CampaignAccess access, TimeProvider clock)
{
    public const string NoCampaign = "No such campaign, or it is private.";

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Who makes the change; nobody outside a request (the operator of the server).</summary>
    public string? UserId => access.UserId;

    public string UserName => access.UserName;

    /// <summary>The campaign with its members, tracked, when the caller may see it; otherwise null (missing and private look the same).</summary>
    public Task<Campaign?> EditableAsync(int campaignId, CancellationToken cancellationToken) =>
        access.Visible().Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == campaignId, cancellationToken);

    /// <summary>Makes the caller a member, so a private campaign never shuts out the person who made it private.</summary>
    public void AddCaller(Campaign campaign)
    {
        if (UserId is { } userId && campaign.Members.TrueForAll(m => m.UserId != userId))
        {
            campaign.Members.Add(new CampaignMember { UserId = userId });
        }
    }

    /// <summary>Applies <paramref name="change"/> to a campaign the caller may see, once <paramref name="input"/> is valid, and saves it.</summary>
    public async Task<CommandResult<Campaign>> ChangeCampaignAsync(int campaignId, object input, Action<Campaign> change, CancellationToken cancellationToken)
    {
        var campaign = await EditableAsync(campaignId, cancellationToken);
        if (campaign is null)
        {
            return CommandResult<Campaign>.Fail("campaign", NoCampaign);
        }

        var errors = FieldErrors.Of(input);
        if (!errors.IsEmpty)
        {
            return CommandResult<Campaign>.Fail(errors);
        }

        change(campaign);
        await SaveAsync(campaign, cancellationToken);
        return new(campaign, errors);
    }

    /// <summary>
    /// The shape of every add-or-change command: the campaign must be visible, the item (when
    /// <paramref name="id"/> is given) must belong to it, and <paramref name="input"/> with the
    /// command's own <paramref name="check"/> must pass before <paramref name="apply"/> changes anything.
    /// </summary>
    public async Task<CommandResult<T>> SaveItemAsync<T>(
        int campaignId, int? id, object input, Func<T> create, Action<T> apply, CancellationToken cancellationToken,
        Func<FieldErrors, Task>? check = null)
        where T : class, ICampaignItem
    {
        var campaign = await EditableAsync(campaignId, cancellationToken);
        if (campaign is null)
        {
            return CommandResult<T>.Fail("campaign", NoCampaign);
        }

        var item = id is { } existing ? await ItemAsync<T>(campaignId, existing, cancellationToken) : null;
        if (id is not null && item is null)
        {
            return CommandResult<T>.Fail("id", "No such item.");
        }

        var errors = FieldErrors.Of(input);
        if (check is not null)
        {
            await check(errors);
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<T>.Fail(errors);
        }

        if (item is null)
        {
            item = create();
            db.Add(item);
        }

        apply(item);
        await SaveAsync(campaign, cancellationToken);
        return new(item, errors);
    }

    /// <summary>Deletes one item of the campaign; what hangs under it (activities, readings, messages) goes with it.</summary>
    public async Task<CommandResult<ICampaignItem>> DeleteItemAsync<T>(int campaignId, int id, CancellationToken cancellationToken) where T : class, ICampaignItem
    {
        var campaign = await EditableAsync(campaignId, cancellationToken);
        var item = campaign is null ? null : await ItemAsync<T>(campaignId, id, cancellationToken);
        if (item is null)
        {
            return CommandResult<ICampaignItem>.Fail("id", "No such item.");
        }

        db.Remove(item);
        await SaveAsync(campaign!, cancellationToken);
        return new(item, new FieldErrors());
    }

    /// <summary>
    /// Marks the campaign as updated and saves the tracked changes, then their history. Two saves
    /// because a deleted item's values are gone after the first and an added item's id is known only
    /// after it; the runner's transaction holds both.
    /// </summary>
    public async Task SaveAsync(Campaign campaign, CancellationToken cancellationToken, params ChangeRecord[] notes)
    {
        campaign.UpdatedAt = Now;
        var pending = ChangeHistory.Capture(db.ChangeTracker);
        await db.SaveChangesAsync(cancellationToken);
        db.AddRange(pending.Select(p => ChangeHistory.ToRecord(p, UserId, UserName, Now)));
        db.AddRange(notes);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A history line for a change the tracker cannot describe by itself, such as a membership.</summary>
    public ChangeRecord Note(int campaignId, string itemType, string label, string action) => new()
    {
        CampaignId = campaignId, ItemType = itemType, ItemLabel = label, Action = action, UserId = UserId, UserName = UserName, At = Now,
    };

    private Task<T?> ItemAsync<T>(int campaignId, int id, CancellationToken cancellationToken) where T : class, ICampaignItem =>
        db.Set<T>().SingleOrDefaultAsync(i => i.Id == id && i.CampaignId == campaignId, cancellationToken);
}
