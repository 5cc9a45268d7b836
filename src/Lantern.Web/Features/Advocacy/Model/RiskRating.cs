namespace Lantern.Web.Features.Advocacy.Model;

/// <summary>
/// A risk's overall rating from its likelihood and impact (each 1–3): the product, read as Low
/// (1–2), Medium (3–4) or High (6–9), the usual reading of a three-by-three heat map.
/// </summary>
public static class RiskRating
{
    public static int Score(Level likelihood, Level impact) => (int)likelihood * (int)impact;

    public static Level Overall(Level likelihood, Level impact) => Score(likelihood, impact) switch
    {
        >= 6 => Level.High,
        >= 3 => Level.Medium,
        _ => Level.Low,
    };

    public static Level Overall(Risk risk) => Overall(risk.Likelihood, risk.Impact);

    /// <summary>The colour of a heat-map cell, the same hues as the stylesheet's ok / warn / bad.</summary>
    public static string Color(Level overall) => overall switch
    {
        Level.High => "#e5484d",
        Level.Medium => "#f5b94a",
        _ => "#7cc48f",
    };
}
