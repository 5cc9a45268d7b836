using System.Security.Claims;
using Lantern.Web.Data;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Advocacy.Queries;

/// <summary>
/// Who is asking, and which campaigns they may see: every campaign that is not private, and the
/// private ones they are a member of. Pages, exports and commands all ask here, so a private
/// campaign cannot leak through one path that forgot the rule.
/// </summary>
public sealed class CampaignAccess(LanternDbContext db, IHttpContextAccessor http)
{
    public ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal(new ClaimsIdentity());

    public string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    public string UserName => User.Identity?.Name ?? "unknown";

    /// <summary>Whether to offer edit links and forms; the commands check the permission again.</summary>
    public bool CanEdit => User.Can(Resource.Advocacy, Operation.Edit);

    /// <summary>Whether to offer the PDF and Word downloads; their endpoints check the permission again.</summary>
    public bool CanExport => User.Can(Resource.Advocacy, Operation.Export);

    public IQueryable<Campaign> Visible()
    {
        var userId = UserId;
        return db.Campaigns.Where(c => !c.IsPrivate || c.Members.Any(m => m.UserId == userId));
    }

    /// <summary>The campaign, untracked, or null when it does not exist or is hidden from this user (the two look the same).</summary>
    public Task<Campaign?> FindAsync(int campaignId, CancellationToken cancellationToken = default) =>
        Visible().AsNoTracking().Include(c => c.Members).AsSplitQuery().SingleOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
}
