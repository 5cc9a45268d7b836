using Lantern.Web.Data;
using Lantern.Web.Features.Advocacy.Commands;
using Lantern.Web.Features.Advocacy.Queries;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Advocacy.Api;

public sealed record MemberInput(string Email);

/// <summary>Who works on a campaign (for a private one, who may see it), and who changed what.</summary>
internal static class TeamApi
{
    public static void MapTeamApi(this RouteGroupBuilder read, RouteGroupBuilder edit)
    {
        read.MapGet("/{campaignId:int}/members", async (int campaignId, CampaignAccess access, LanternDbContext db, CancellationToken ct) =>
                await access.FindAsync(campaignId, ct) is { } campaign
                    ? Results.Ok((await CampaignQueries.MembersAsync(db, campaign, ct)).Select(MemberDto.From).ToList())
                    : Results.NotFound())
            .WithName("ListCampaignMembers")
            .WithSummary("A campaign's members by email; for a private campaign, the only people who can see it.");

        edit.MapPost("/{campaignId:int}/members", async (int campaignId, MemberInput input, CommandRunner commands, LanternDbContext db, CancellationToken ct) =>
            {
                var result = await commands.RunAsync(new AddMember(campaignId, input.Email ?? ""), ct);
                return result.Succeeded
                    ? Results.Created($"/api/campaigns/{campaignId}/members", MemberDto.From(await db.Users.AsNoTracking().SingleAsync(u => u.Id == result.Value!.UserId, ct)))
                    : result.Problem();
            })
            .WithName("AddCampaignMember")
            .WithSummary("Adds a member by the email of their Lantern account.");

        edit.MapDelete("/{campaignId:int}/members/{userId}", async (int campaignId, string userId, CommandRunner commands, CancellationToken ct) =>
                (await commands.RunAsync(new RemoveMember(campaignId, userId), ct)).ToNoContent())
            .WithName("RemoveCampaignMember")
            .WithSummary("Removes a member; a private campaign keeps at least one.");

        read.MapGet("/{campaignId:int}/history", async (int campaignId, string? type, int? itemId, int? page, int? pageSize, CampaignAccess access, LanternDbContext db, CancellationToken ct) =>
            {
                if (await access.FindAsync(campaignId, ct) is null)
                {
                    return Results.NotFound();
                }

                var request = PageRequest.Of(page, pageSize);
                var history = CampaignQueries.History(db, campaignId, type, itemId);
                var items = await history.Skip(request.Skip).Take(request.Size).ToListAsync(ct);
                return Results.Ok(new Page<ChangeDto>(await history.CountAsync(ct), request.Number, request.Size, [.. items.Select(ChangeDto.From)]));
            })
            .WithName("ListCampaignHistory")
            .WithSummary("Who changed what in a campaign, newest first, a page at a time; type and itemId (e.g. type=Target&itemId=3) narrow it to one item.");
    }
}
