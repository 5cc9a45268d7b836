using Lantern.Web.Data;
using Lantern.Web.Features.Coalition.Model;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Coalition.Transfer;

/// <summary>Areas by their human path ("Greece/Attica/Athens"), the way files name them.</summary>
public sealed class AreaPaths
{
    private readonly Dictionary<int, string> pathById;
    private readonly Dictionary<string, int> idByPath;

    private AreaPaths(List<Area> areas)
    {
        var byId = areas.ToDictionary(a => a.Id);
        pathById = areas.ToDictionary(
            a => a.Id,
            a => string.Join(TransferColumns.PathSeparator, a.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(id => byId[int.Parse(id)].Name)));
        idByPath = pathById.ToDictionary(p => Key(p.Value), p => p.Key);
    }

    public static async Task<AreaPaths> LoadAsync(LanternDbContext db, CancellationToken cancellationToken) =>
        new(await db.Areas.AsNoTracking().ToListAsync(cancellationToken));

    public string PathOf(int areaId) => pathById[areaId];

    public int? Find(string path) => idByPath.TryGetValue(Key(path), out var id) ? id : null;

    private static string Key(string path) =>
        string.Join(TransferColumns.PathSeparator, path.Split(TransferColumns.PathSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(NameKey.Of));
}
