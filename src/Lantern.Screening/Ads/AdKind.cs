namespace Lantern.Screening.Ads;

/// <summary>What an ad is, which decides the indicators that apply to it.</summary>
public enum AdKind
{
    Job,
    Service,
    Profile,
    Message,
}

public static class AdKinds
{
    public static string Code(this AdKind kind) => kind switch
    {
        AdKind.Job => "job",
        AdKind.Service => "service",
        AdKind.Profile => "profile",
        _ => "message",
    };

    public static bool TryParse(ReadOnlySpan<char> code, out AdKind kind)
    {
        foreach (var candidate in Enum.GetValues<AdKind>())
        {
            if (code.Equals(candidate.Code(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
