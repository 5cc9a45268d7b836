using Lantern.Web.Data;
using Lantern.Web.Features.Advocacy.Collaboration;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Advocacy.Commands;

/// <summary>
/// Every change to a campaign goes through here, one partial file per step. Each command checks
/// that the person may edit this campaign, validates the whole input before touching anything,
/// and saves the change together with its history in one transaction.
/// </summary>
public sealed partial class AdvocacyCommands(LanternDbContext db, CampaignAccess access, TimeProvider clock)
{
    private const string NoCampaign = "No such campaign, or it is private.";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The campaign, tracked, when the current user may change it; otherwise null.</summary>
    private async Task<Campaign?> EditableAsync(int campaignId, CancellationToken cancellationToken) =>
        access.CanEdit
            ? await access.Visible().Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == campaignId, cancellationToken)
            : null;

    /// <summary>An item of the campaign, tracked, or null when it belongs to another campaign or does not exist.</summary>
    private Task<T?> ItemAsync<T>(int campaignId, int id, CancellationToken cancellationToken) where T : class, ICampaignItem =>
        db.Set<T>().SingleOrDefaultAsync(i => i.Id == id && i.CampaignId == campaignId, cancellationToken);

    /// <summary>Saves the tracked changes and their history atomically, and marks the campaign as updated.</summary>
    private async Task SaveAsync(Campaign campaign, CancellationToken cancellationToken, params ChangeRecord[] extraRecords)
    {
        campaign.UpdatedAt = Now;
        var pending = ChangeHistory.Capture(db.ChangeTracker);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        db.AddRange(pending.Select(p => ChangeHistory.ToRecord(p, access.UserId, access.UserName, Now)));
        db.AddRange(extraRecords);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>A history line for a change the tracker cannot describe by itself, such as a membership.</summary>
    private ChangeRecord Note(int campaignId, string itemType, string label, string action) => new()
    {
        CampaignId = campaignId, ItemType = itemType, ItemLabel = label, Action = action,
        UserId = access.UserId, UserName = access.UserName, At = Now,
    };

    /// <summary>
    /// The shape of every add-or-change command: the campaign must be editable, the item (when an
    /// id is given) must belong to it, and the whole input must pass before anything is changed.
    /// </summary>
    private async Task<CommandResult<T>> UpsertAsync<T>(
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
    public async Task<CommandResult<T>> DeleteItemAsync<T>(int campaignId, int id, CancellationToken cancellationToken = default) where T : class, ICampaignItem
    {
        var campaign = await EditableAsync(campaignId, cancellationToken);
        var item = campaign is null ? null : await ItemAsync<T>(campaignId, id, cancellationToken);
        if (item is null)
        {
            return CommandResult<T>.Fail("id", "No such item.");
        }

        db.Remove(item);
        await SaveAsync(campaign!, cancellationToken);
        return new(item, new FieldErrors());
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
