using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Lantern.Statistics.Sem.Diagram;

/// <summary>
/// The path diagram of a fitted model as a standalone SVG document: observed variables as boxes,
/// latent variables as ellipses, loadings and regressions as arrows from cause to effect,
/// covariances between two variables as curved double-headed arrows (those among fixed.x covariates,
/// which are not estimated, dashed and grey). Every path is labelled with its standardized value
/// (std.all) in APA style with stars for its p-value. Variances and defined parameters are not drawn.
/// The layout runs left to right; see <see cref="DiagramLayout"/>. The same result always gives the
/// same document.
/// </summary>
public static class PathDiagram
{
    private const double Margin = 20;
    private const double LegendHeight = 24;
    private const string Ink = "#222";
    private const string FixedInk = "#999";
    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public static string Svg(SemResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var model = DiagramModel.From(result);
        var layout = DiagramLayout.Compute(model);
        var document = new SvgDocument(model, layout);
        return document.Write();
    }

    private sealed class SvgDocument(DiagramModel model, DiagramLayout layout)
    {
        private readonly double _dx = Margin - layout.Bounds.Left;
        private readonly double _dy = Margin - layout.Bounds.Top;

        public string Write()
        {
            var counts = model.Edges.GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.Count());
            var hasFixed = counts.ContainsKey(EdgeKind.FixedCovariance);
            var legend = $"Standardized coefficients (std.all); {DiagramModel.StarLegend}" + (hasFixed ? "; dashed: fixed covariances of exogenous covariates" : "");
            var width = Math.Max(layout.Bounds.Width + 2 * Margin, DiagramLayout.TextWidth(legend, DiagramLayout.LabelCharWidth) + 2 * Margin);
            var height = layout.Bounds.Height + 2 * Margin + LegendHeight;

            var title = $"Path diagram: {Plural(model.Variables.Count, "variable")}, {Plural(model.Edges.Count, "path")}; standardized coefficients; {DiagramModel.StarLegend}";
            var parts = new List<string>
            {
                Plural(counts.GetValueOrDefault(EdgeKind.Loading), "loading"),
                Plural(counts.GetValueOrDefault(EdgeKind.Regression), "regression"),
                Plural(counts.GetValueOrDefault(EdgeKind.Covariance) + counts.GetValueOrDefault(EdgeKind.FixedCovariance), "covariance"),
            };
            var observed = model.Variables.Count(v => !v.Latent);
            var description = $"{Plural(observed, "observed variable")} (boxes) and {Plural(model.Variables.Count - observed, "latent variable")} (ellipses); "
                + $"{string.Join(", ", parts)}. Arrows point from cause to effect; double-headed arrows are covariances; variances are not drawn. "
                + $"Labels are standardized coefficients (std.all); {DiagramModel.StarLegend}.";

            var root = new XElement(Ns + "svg",
                new XAttribute("width", Number(width)),
                new XAttribute("height", Number(height)),
                new XAttribute("viewBox", $"0 0 {Number(width)} {Number(height)}"),
                new XAttribute("role", "img"),
                new XAttribute("aria-labelledby", "pd-title pd-desc"),
                new XAttribute("font-family", "Helvetica, Arial, sans-serif"),
                new XElement(Ns + "title", new XAttribute("id", "pd-title"), title),
                new XElement(Ns + "desc", new XAttribute("id", "pd-desc"), description),
                new XElement(Ns + "defs",
                    Marker("pd-end", Ink, end: true),
                    Marker("pd-start", Ink, end: false),
                    Marker("pd-end-fixed", FixedInk, end: true),
                    Marker("pd-start-fixed", FixedInk, end: false)),
                new XElement(Ns + "rect", new XAttribute("class", "background"), new XAttribute("width", "100%"), new XAttribute("height", "100%"), new XAttribute("fill", "#fff")),
                new XElement(Ns + "g", new XAttribute("class", "paths"), new XAttribute("fill", "none"), layout.Edges.Select(PathElement)),
                new XElement(Ns + "g", new XAttribute("class", "variables"), layout.Nodes.Select(NodeElement)),
                new XElement(Ns + "g", new XAttribute("class", "labels"), new XAttribute("font-size", Number(DiagramLayout.LabelFontSize)),
                    new XAttribute("text-anchor", "middle"), layout.Labels.Select(LabelElement)),
                new XElement(Ns + "text",
                    new XAttribute("class", "legend"),
                    new XAttribute("x", Number(Margin)),
                    new XAttribute("y", Number(height - Margin / 2 - 4)),
                    new XAttribute("font-size", Number(DiagramLayout.LabelFontSize)),
                    new XAttribute("fill", "#444"),
                    legend));

            var settings = new XmlWriterSettings { OmitXmlDeclaration = true, Indent = true, IndentChars = "  ", NewLineChars = "\n" };
            var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            using (var writer = XmlWriter.Create(text, settings))
            {
                root.Save(writer);
            }

            return text.Append('\n').ToString();
        }

        private static XElement Marker(string id, string colour, bool end) =>
            new(Ns + "marker",
                new XAttribute("id", id),
                new XAttribute("viewBox", "0 0 10 10"),
                new XAttribute("refX", end ? "10" : "0"),
                new XAttribute("refY", "5"),
                new XAttribute("markerUnits", "userSpaceOnUse"),
                new XAttribute("markerWidth", "9"),
                new XAttribute("markerHeight", "9"),
                new XAttribute("orient", "auto"),
                new XElement(Ns + "path", new XAttribute("d", end ? "M0,1 L10,5 L0,9 z" : "M10,1 L0,5 L10,9 z"), new XAttribute("fill", colour)));

        private XElement PathElement(DrawnEdge drawn)
        {
            var edge = drawn.Edge;
            var isFixed = edge.Kind == EdgeKind.FixedCovariance;
            var suffix = isFixed ? "-fixed" : "";
            var element = new XElement(Ns + "path",
                new XAttribute("class", $"path {KindName(edge.Kind)}"),
                new XAttribute("data-from", edge.From),
                new XAttribute("data-to", edge.To),
                new XAttribute("d", PathData(drawn.Route)),
                new XAttribute("stroke", isFixed ? FixedInk : Ink),
                new XAttribute("stroke-width", edge.Directed ? "1.3" : "1.1"));
            if (isFixed)
            {
                element.Add(new XAttribute("stroke-dasharray", "4 3"));
            }

            if (!edge.Directed)
            {
                element.Add(new XAttribute("marker-start", $"url(#pd-start{suffix})"));
            }

            element.Add(new XAttribute("marker-end", $"url(#pd-end{suffix})"));
            return element;
        }

        private string PathData(Route route)
        {
            var first = route.Segments[0].P0;
            var d = new StringBuilder($"M{Coordinates(first)}");
            foreach (var segment in route.Segments)
            {
                d.Append(segment.IsLine ? $" L{Coordinates(segment.P3)}" : $" C{Coordinates(segment.P1)} {Coordinates(segment.P2)} {Coordinates(segment.P3)}");
            }

            return d.ToString();
        }

        private XElement NodeElement(NodeShape node)
        {
            var (x, y) = (node.Centre.X + _dx, node.Centre.Y + _dy);
            XElement outline = node.Latent
                ? new XElement(Ns + "ellipse",
                    new XAttribute("cx", Number(x)), new XAttribute("cy", Number(y)),
                    new XAttribute("rx", Number(node.HalfWidth)), new XAttribute("ry", Number(node.HalfHeight)))
                : new XElement(Ns + "rect",
                    new XAttribute("x", Number(x - node.HalfWidth)), new XAttribute("y", Number(y - node.HalfHeight)),
                    new XAttribute("width", Number(2 * node.HalfWidth)), new XAttribute("height", Number(2 * node.HalfHeight)));
            outline.Add(new XAttribute("fill", "#fff"), new XAttribute("stroke", Ink), new XAttribute("stroke-width", "1.4"));
            return new XElement(Ns + "g",
                new XAttribute("class", node.Latent ? "variable latent" : "variable observed"),
                new XAttribute("data-name", node.Name),
                outline,
                new XElement(Ns + "text",
                    new XAttribute("x", Number(x)),
                    new XAttribute("y", Number(y + 0.35 * DiagramLayout.FontSize)),
                    new XAttribute("text-anchor", "middle"),
                    new XAttribute("font-size", Number(DiagramLayout.FontSize)),
                    node.Name));
        }

        private XElement LabelElement(PlacedLabel label)
        {
            var box = label.Box;
            var edge = label.Edge;
            var arrow = edge.Directed ? "\u2192" : "\u2194";
            var p = edge.Parameter.PValue is { } value ? $"p = {value.ToString("0.000", CultureInfo.InvariantCulture)}" : "fixed";
            return new XElement(Ns + "g",
                new XAttribute("class", $"label {KindName(edge.Kind)}"),
                new XAttribute("data-from", edge.From),
                new XAttribute("data-to", edge.To),
                new XElement(Ns + "title", $"{edge.From} {arrow} {edge.To}: {label.Text} ({p})"),
                new XElement(Ns + "rect",
                    new XAttribute("x", Number(box.Left + _dx)), new XAttribute("y", Number(box.Top + _dy)),
                    new XAttribute("width", Number(box.Width)), new XAttribute("height", Number(box.Height)),
                    new XAttribute("rx", "2"), new XAttribute("fill", "#fff")),
                new XElement(Ns + "text",
                    new XAttribute("x", Number((box.Left + box.Right) / 2 + _dx)),
                    new XAttribute("y", Number((box.Top + box.Bottom) / 2 + 0.35 * DiagramLayout.LabelFontSize + _dy)),
                    label.Text));
        }

        private string Coordinates(Point p) => $"{Number(p.X + _dx)},{Number(p.Y + _dy)}";
    }

    private static string KindName(EdgeKind kind) => kind switch
    {
        EdgeKind.Loading => "loading",
        EdgeKind.Regression => "regression",
        EdgeKind.Covariance => "covariance",
        _ => "covariance fixed",
    };

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    /// <summary>A coordinate rounded to one decimal, with a point, never "-0".</summary>
    private static string Number(double value)
    {
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString("0.#", CultureInfo.InvariantCulture);
    }
}
