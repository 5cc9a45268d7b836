using Lantern.Web.Features.Coalition.Model;

namespace Lantern.Web.Features.Coalition.Pages;

public static class PillarColors
{
    /// <summary>The same colours as the stylesheet's pillar classes, for SVG fills.</summary>
    public static string Of(Pillar pillar) => pillar switch
    {
        Pillar.Advocacy => "#4c6ef5",
        Pillar.Prevention => "#2f9e44",
        Pillar.Intervention => "#e8590c",
        _ => "#9c36b5",
    };
}
