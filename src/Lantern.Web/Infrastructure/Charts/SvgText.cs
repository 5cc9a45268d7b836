using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Lantern.Web.Infrastructure.Charts;

/// <summary>
/// An SVG &lt;text&gt; element. Razor reserves the tag name, so charts write
/// <c>&lt;SvgText X="…" Y="…"&gt;label&lt;/SvgText&gt;</c>; the label is encoded like any other output.
/// </summary>
public sealed class SvgText : ComponentBase
{
    [Parameter] public double X { get; set; }
    [Parameter] public double Y { get; set; }
    /// <summary>start, middle or end.</summary>
    [Parameter] public string Anchor { get; set; } = "start";
    [Parameter] public double Size { get; set; } = 12;
    [Parameter] public string Fill { get; set; } = "#1d2430";
    [Parameter] public string? Weight { get; set; }
    [Parameter] public RenderFragment? ChildContent { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "text");
        builder.AddAttribute(1, "x", Number(X));
        builder.AddAttribute(2, "y", Number(Y));
        builder.AddAttribute(3, "text-anchor", Anchor);
        builder.AddAttribute(4, "font-size", Number(Size));
        builder.AddAttribute(5, "fill", Fill);
        if (Weight is not null)
        {
            builder.AddAttribute(6, "font-weight", Weight);
        }

        builder.AddContent(7, ChildContent);
        builder.CloseElement();
    }

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
