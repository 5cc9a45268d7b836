using Lantern.Web.Data;
using Lantern.Web.Components;
using Lantern.Web.Features.Coalition.Commands;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Lantern.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Coalition.Api;

/// <summary>The delete buttons of the organisation page post here: plain form posts that redirect back.</summary>
public static class DeleteEndpoints
{
    public static void MapOrganisationDeletes(this IEndpointRouteBuilder app)
    {
        var forms = app.MapGroup("/coalition")
            .RequirePermission(Resource.Organisations, Operation.Edit)
            .RequireAntiforgeryToken()
            .ExcludeFromDescription();

        forms.MapPost("/organisations/{id:int}/delete", async (int id, CommandRunner commands, CancellationToken ct) =>
            await commands.RunAsync(new DeleteOrganisation(id), ct) switch
            {
                { Succeeded: true } => Results.Redirect("/coalition/organisations"),
                var refused when refused.Errors.ToDictionary().ContainsKey(CommandFields.Conflict) =>
                    RefusalPage.Result(refused.Errors.Messages, $"/coalition/organisations/{id}", "Back to the organisation"),
                _ => Results.NotFound(),
            });

        forms.MapPost("/services/{id:int}/delete", async (int id, CommandRunner commands, CancellationToken ct) =>
            await commands.RunAsync(new DeleteService(id), ct) is { Succeeded: true } deleted
                ? Results.Redirect($"/coalition/organisations/{deleted.Value}")
                : Results.NotFound());
    }
}
