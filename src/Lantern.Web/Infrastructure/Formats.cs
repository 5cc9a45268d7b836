namespace Lantern.Web.Infrastructure;

public static class Formats
{
    /// <summary>"42%": a share as a whole percentage, the same in every culture.</summary>
    public static string Percent(double share) => FormattableString.Invariant($"{share * 100:0}%");
}
