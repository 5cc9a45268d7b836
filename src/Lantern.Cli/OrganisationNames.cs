using Lantern.Web.Data;
using Lantern.Web.Features.Coalition.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Cli;

/// <summary>Organisations of the service map as the shell names them: by name, whatever its case.</summary>
internal static class OrganisationNames
{
    /// <summary>The id of the organisation called <paramref name="name"/>, or null (after saying so on stderr) when there is none.</summary>
    public static async Task<int?> IdOfAsync(IServiceProvider services, string name, CancellationToken cancellationToken)
    {
        var key = NameKey.Of(name);
        var id = await services.GetRequiredService<LanternDbContext>().Organisations
            .Where(o => o.NormalizedName == key).Select(o => (int?)o.Id).SingleOrDefaultAsync(cancellationToken);
        if (id is null)
        {
            await Console.Error.WriteLineAsync($"No organisation named \"{name.Trim()}\" in the service map; nothing was changed.");
        }

        return id;
    }
}
