using Lantern.Web.Features.Advocacy.Model;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Rendering;

namespace Lantern.Web.Features.Advocacy.Pages;

/// <summary>The toolkit's Low / Medium / High scale as a select, for a risk's likelihood and impact.</summary>
public sealed class LevelSelect : InputSelect<Level>
{
    protected override void OnParametersSet()
    {
        ChildContent = Options;
        base.OnParametersSet();
    }

    private static void Options(RenderTreeBuilder builder)
    {
        foreach (var level in Enum.GetValues<Level>())
        {
            builder.OpenElement(0, "option");
            builder.AddAttribute(1, "value", level.ToString());
            builder.AddContent(2, level.ToString());
            builder.CloseElement();
        }
    }
}
