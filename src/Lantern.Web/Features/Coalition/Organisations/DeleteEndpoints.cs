using Lantern.Web.Data;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Coalition.Organisations;

/// <summary>The delete buttons of the organisation page post here: plain form posts that redirect back.</summary>
public static class DeleteEndpoints
{
    public static void MapOrganisationDeletes(this IEndpointRouteBuilder app)
    {
        var forms = app.MapGroup("/coalition")
            .RequirePermission(Resource.Organisations, Operation.Edit)
            .RequireAntiforgeryToken()
            .ExcludeFromDescription();

        forms.MapPost("/organisations/{id:int}/delete", async (int id, CoalitionCommands commands, CancellationToken ct) =>
            await commands.DeleteOrganisationAsync(id, ct) ? Results.Redirect("/coalition/organisations") : Results.NotFound());

        forms.MapPost("/services/{id:int}/delete", async (int id, LanternDbContext db, CoalitionCommands commands, CancellationToken ct) =>
        {
            var organisationId = await db.Services.Where(s => s.Id == id).Select(s => (int?)s.OrganisationId).SingleOrDefaultAsync(ct);
            return organisationId is not null && await commands.DeleteServiceAsync(id, ct)
                ? Results.Redirect($"/coalition/organisations/{organisationId}")
                : Results.NotFound();
        });
    }
}
