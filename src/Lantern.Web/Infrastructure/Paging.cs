namespace Lantern.Web.Infrastructure;

/// <summary>One page of a longer list, as the API returns it.</summary>
public sealed record Page<T>(int Total, int PageNumber, int PageSize, IReadOnlyList<T> Items);

/// <summary>A requested page, clamped to sensible bounds whatever the caller sent.</summary>
public readonly record struct PageRequest(int Number, int Size)
{
    public const int DefaultSize = 50;
    public const int MaxSize = 500;

    public static PageRequest Of(int? page, int? pageSize) =>
        new(Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? DefaultSize, 1, MaxSize));

    public int Skip => (Number - 1) * Size;
}
