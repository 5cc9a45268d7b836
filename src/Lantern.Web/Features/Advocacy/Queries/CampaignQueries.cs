using Lantern.Web.Data;
using Lantern.Web.Features.Advocacy.Model;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Advocacy.Queries;

/// <summary>What the campaign pages and the API both read about a campaign they may already see.</summary>
public static class CampaignQueries
{
    /// <summary>The accounts of a campaign's members, by email.</summary>
    public static Task<List<LanternUser>> MembersAsync(LanternDbContext db, Campaign campaign, CancellationToken cancellationToken)
    {
        var memberIds = campaign.Members.Select(m => m.UserId).ToList();
        return db.Users.AsNoTracking().Where(u => memberIds.Contains(u.Id)).OrderBy(u => u.Email).ToListAsync(cancellationToken);
    }

    /// <summary>A campaign's change history, newest first; with <paramref name="itemType"/> and <paramref name="itemId"/>, one item's.</summary>
    public static IQueryable<ChangeRecord> History(LanternDbContext db, int campaignId, string? itemType = null, int? itemId = null)
    {
        var query = db.CampaignChanges.AsNoTracking().Where(c => c.CampaignId == campaignId);
        if (itemType is not null && itemId is { } id)
        {
            query = query.Where(c => c.ItemType == itemType && c.ItemId == id);
        }

        return query.OrderByDescending(c => c.At).ThenByDescending(c => c.Id);
    }
}
