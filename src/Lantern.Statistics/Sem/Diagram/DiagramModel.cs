using System.Globalization;

namespace Lantern.Statistics.Sem.Diagram;

internal enum EdgeKind
{
    Loading,
    Regression,
    Covariance,

    /// <summary>A covariance between two fixed.x covariates: their sample value, not estimated.</summary>
    FixedCovariance,
}

internal sealed record DiagramVariable(string Name, bool Latent, int Order);

/// <summary>One drawn connection. For a loading and a regression <see cref="From"/> is the cause.</summary>
internal sealed record DiagramEdge(string From, string To, EdgeKind Kind, SemParameter Parameter)
{
    public bool Directed => Kind is EdgeKind.Loading or EdgeKind.Regression;

    public string Label => DiagramModel.Coefficient(Parameter.StdAll, Parameter.PValue);
}

/// <summary>What the diagram shows of a fitted model: the variables, and every path but the variances.</summary>
internal sealed record DiagramModel(IReadOnlyList<DiagramVariable> Variables, IReadOnlyList<DiagramEdge> Edges, IReadOnlySet<string> FixedExogenous)
{
    public const string StarLegend = "* p < .05, ** p \u2264 .01";

    public static DiagramModel From(SemResult result)
    {
        var variables = result.Table.Variables;
        var latent = variables.Latent.ToHashSet(StringComparer.Ordinal);
        var known = variables.All.ToHashSet(StringComparer.Ordinal);
        var fixedExogenous = variables.FixedExogenous.ToHashSet(StringComparer.Ordinal);

        // Variables in the order the estimates first name them, which is the order of the syntax.
        var order = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string name)
        {
            if (known.Contains(name) && seen.Add(name))
            {
                order.Add(name);
            }
        }

        foreach (var parameter in result.Parameters.Where(p => p.Op != ":="))
        {
            Add(parameter.Lhs);
            Add(parameter.Rhs);
        }

        foreach (var name in variables.All)
        {
            Add(name);
        }

        var edges = new List<DiagramEdge>();
        foreach (var p in result.Parameters.Where(p => known.Contains(p.Lhs) && known.Contains(p.Rhs)))
        {
            switch (p.Op)
            {
                case "=~":
                    edges.Add(new DiagramEdge(p.Lhs, p.Rhs, EdgeKind.Loading, p));
                    break;
                case "~":
                    edges.Add(new DiagramEdge(p.Rhs, p.Lhs, EdgeKind.Regression, p));
                    break;
                case "~~" when p.Lhs != p.Rhs:
                    var kind = fixedExogenous.Contains(p.Lhs) && fixedExogenous.Contains(p.Rhs) ? EdgeKind.FixedCovariance : EdgeKind.Covariance;
                    edges.Add(new DiagramEdge(p.Lhs, p.Rhs, kind, p));
                    break;
                default:
                    // Variances are not drawn, and defined parameters are no path.
                    break;
            }
        }

        return new DiagramModel([.. order.Select((name, i) => new DiagramVariable(name, latent.Contains(name), i))], edges, fixedExogenous);
    }

    /// <summary>
    /// A standardized coefficient as APA prints it: two decimals, no leading zero, a real minus sign,
    /// then * for p &lt; .05 and ** for p ≤ .01. Empty when there is no standardized value.
    /// </summary>
    public static string Coefficient(double? std, double? p)
    {
        if (std is not { } value || !double.IsFinite(value))
        {
            return "";
        }

        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        var digits = Math.Abs(rounded).ToString("0.00", CultureInfo.InvariantCulture);
        if (digits.StartsWith("0.", StringComparison.Ordinal))
        {
            digits = digits[1..];
        }

        var sign = rounded < 0 ? "\u2212" : "";
        var stars = p switch
        {
            <= 0.01 => "**",
            < 0.05 => "*",
            _ => "",
        };
        return sign + digits + stars;
    }
}
