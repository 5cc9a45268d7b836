using Lantern.Web.Data;
using Lantern.Web.Features.Advocacy.Export;
using Lantern.Web.Features.Advocacy.Queries;
using Lantern.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Advocacy.Api;

public static class SocialCardEndpoint
{
    public static void MapSocialCards(this IEndpointRouteBuilder app) =>
        app.MapGet("/advocacy/{campaignId:int}/cards/{id:int}.svg", async (int campaignId, int id, CampaignAccess access, LanternDbContext db, CancellationToken ct) =>
            {
                var campaign = await access.Visible().AsNoTracking().Where(c => c.Id == campaignId).Select(c => c.Name).SingleOrDefaultAsync(ct);
                var card = campaign is null ? null : await db.SocialCards.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.CampaignId == campaignId, ct);
                return card is null
                    ? Results.NotFound()
                    : Results.Text(SocialCardSvg.Render(card, campaign!), "image/svg+xml; charset=utf-8");
            })
            .RequirePermission(Resource.Advocacy, Operation.Read)
            .WithTags("Advocacy planner")
            .WithSummary("A social-media card as a 1080 × 1080 SVG, ready to convert to PNG.");
}
