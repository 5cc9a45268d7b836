using System.Globalization;
using System.Xml.Linq;
using Lantern.Statistics.Data;
using Lantern.Statistics.Sem;
using Lantern.Statistics.Sem.Diagram;

namespace Lantern.Statistics.Tests.Sem.Diagram;

public sealed class PathDiagramTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static TheoryData<string, string> Models => new()
    {
        { "hs_cfa.lav", "HolzingerSwineford1939.csv" },
        { "hs_path.lav", "HolzingerSwineford1939.csv" },
        { "latent_mediation.lav", "HolzingerSwineford1939.csv" },
        { "mediation.lav", "lavaan_mediation_sim_seed1234.csv" },
        { "political_democracy.lav", "PoliticalDemocracy.csv" },
    };

    private static (SemResult Result, XDocument Document) Draw(string model, string data)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Reference");
        var result = Lantern.Statistics.Sem.Sem.Fit(File.ReadAllText(Path.Combine(folder, model)), CsvNumbers.ReadFile(Path.Combine(folder, data)));
        return (result, XDocument.Parse(PathDiagram.Svg(result)));
    }

    private static double Number(XElement element, string attribute) =>
        double.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);

    private static (double Left, double Top, double Right, double Bottom) Bounds(XElement variable)
    {
        if (variable.Element(Svg + "rect") is { } box)
        {
            return (Number(box, "x"), Number(box, "y"), Number(box, "x") + Number(box, "width"), Number(box, "y") + Number(box, "height"));
        }

        var oval = variable.Element(Svg + "ellipse")!;
        var (cx, cy, rx, ry) = (Number(oval, "cx"), Number(oval, "cy"), Number(oval, "rx"), Number(oval, "ry"));
        return (cx - rx, cy - ry, cx + rx, cy + ry);
    }

    private static Dictionary<string, XElement> Variables(XDocument document) =>
        document.Descendants(Svg + "g").Where(g => ((string?)g.Attribute("class"))?.StartsWith("variable ", StringComparison.Ordinal) == true)
            .ToDictionary(g => g.Attribute("data-name")!.Value);

    [Theory]
    [MemberData(nameof(Models))]
    public void Observed_variables_are_boxes_and_latent_variables_ovals(string model, string data)
    {
        var (result, document) = Draw(model, data);
        var variables = Variables(document);

        variables.Keys.ShouldBe(result.Table.Variables.All, ignoreOrder: true);
        foreach (var name in result.Table.Variables.Observed)
        {
            variables[name].Element(Svg + "rect").ShouldNotBeNull(name);
        }

        foreach (var name in result.Table.Variables.Latent)
        {
            variables[name].Element(Svg + "ellipse").ShouldNotBeNull(name);
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Every_regression_and_loading_is_an_arrow_labelled_with_its_standardized_value_and_stars(string model, string data)
    {
        var (result, document) = Draw(model, data);
        var labels = document.Descendants(Svg + "g")
            .Where(g => ((string?)g.Attribute("class"))?.StartsWith("label ", StringComparison.Ordinal) == true)
            .ToDictionary(g => (g.Attribute("data-from")!.Value, g.Attribute("data-to")!.Value), g => g.Element(Svg + "text")!.Value);
        var arrows = document.Descendants(Svg + "path").Where(p => ((string?)p.Attribute("class"))?.StartsWith("path ", StringComparison.Ordinal) == true).ToList();

        foreach (var row in result.Parameters.Where(p => p.Op is "~" or "=~"))
        {
            var (from, to) = row.Op == "~" ? (row.Rhs, row.Lhs) : (row.Lhs, row.Rhs);
            arrows.ShouldContain(a => a.Attribute("data-from")!.Value == from && a.Attribute("data-to")!.Value == to && a.Attribute("marker-end") != null, $"{from} → {to}");
            var stars = row.PValue is < 0.01 or 0.01 ? "**" : row.PValue < 0.05 ? "*" : "";
            var value = Math.Abs(Math.Round(row.StdAll!.Value, 2, MidpointRounding.AwayFromZero)).ToString("0.00", CultureInfo.InvariantCulture).TrimStart('0');
            labels[(from, to)].ShouldEndWith(value + stars, customMessage: $"{from} → {to}: std.all {row.StdAll}, p {row.PValue}");
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void No_two_variables_overlap_and_all_lie_inside_the_picture(string model, string data)
    {
        var (_, document) = Draw(model, data);
        var root = document.Root!;
        var viewBox = root.Attribute("viewBox")!.Value.Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var bounds = Variables(document).ToDictionary(v => v.Key, v => Bounds(v.Value));

        foreach (var (name, b) in bounds)
        {
            b.Left.ShouldBeGreaterThanOrEqualTo(viewBox[0], name);
            b.Top.ShouldBeGreaterThanOrEqualTo(viewBox[1], name);
            b.Right.ShouldBeLessThanOrEqualTo(viewBox[0] + viewBox[2], name);
            b.Bottom.ShouldBeLessThanOrEqualTo(viewBox[1] + viewBox[3], name);
        }

        var names = bounds.Keys.ToList();
        for (var i = 0; i < names.Count; i++)
        {
            for (var j = i + 1; j < names.Count; j++)
            {
                var (a, b) = (bounds[names[i]], bounds[names[j]]);
                var overlap = a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;
                overlap.ShouldBeFalse($"{names[i]} and {names[j]} overlap");
            }
        }
    }

    [Theory]
    [InlineData("hs_path.lav", "HolzingerSwineford1939.csv")]
    [InlineData("latent_mediation.lav", "HolzingerSwineford1939.csv")]
    [InlineData("mediation.lav", "lavaan_mediation_sim_seed1234.csv")]
    [InlineData("political_democracy.lav", "PoliticalDemocracy.csv")]
    public void Regressions_run_from_left_to_right(string model, string data)
    {
        var (result, document) = Draw(model, data);
        var bounds = Variables(document).ToDictionary(v => v.Key, v => Bounds(v.Value));
        double Centre(string name) => (bounds[name].Left + bounds[name].Right) / 2;

        foreach (var row in result.Parameters.Where(p => p.Op == "~"))
        {
            Centre(row.Rhs).ShouldBeLessThan(Centre(row.Lhs), $"{row.Rhs} → {row.Lhs}");
        }
    }

    [Fact]
    public void The_picture_describes_itself_for_screen_readers_and_states_the_star_legend()
    {
        var (_, document) = Draw("mediation.lav", "lavaan_mediation_sim_seed1234.csv");

        document.Root!.Element(Svg + "title")!.Value.ShouldContain("Path diagram");
        document.Root.Element(Svg + "desc")!.Value.ShouldContain("* p < .05, ** p ≤ .01");
    }

    [Fact]
    public void The_same_result_always_gives_the_same_picture()
    {
        var first = Draw("political_democracy.lav", "PoliticalDemocracy.csv").Document.ToString();
        var second = Draw("political_democracy.lav", "PoliticalDemocracy.csv").Document.ToString();

        second.ShouldBe(first);
    }
}
