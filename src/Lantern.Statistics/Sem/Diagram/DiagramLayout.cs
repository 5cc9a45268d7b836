namespace Lantern.Statistics.Sem.Diagram;

internal sealed record DrawnEdge(DiagramEdge Edge, Route Route);

internal sealed record PlacedLabel(DiagramEdge Edge, string Text, Box Box);

/// <summary>
/// A left-to-right layered layout (after Sugiyama), computed without any external program:
/// <list type="number">
/// <item>Indicators that load on one factor only and take part in no regression are the factor's
/// satellites: a block stacked in the column next to it, on the left of a factor nothing points to
/// and none of whose indicators is structural, on its right otherwise.</item>
/// <item>Every other variable gets a column by its longest path from an exogenous variable along
/// regressions and loadings (a cycle of a nonrecursive model is broken at its back edge); an
/// exogenous variable that is not a fixed.x covariate then moves right to just before its nearest
/// successor, so a factor sits next to its indicators.</item>
/// <item>A path that spans columns gets a waypoint in every column it crosses, and covariances
/// between columns do too; the order in each column is chosen by barycentre sweeps, keeping the order
/// with the fewest crossings.</item>
/// <item>Heights: each column is repeatedly moved towards the mean height of its neighbours, as
/// close as its order and spacing allow (an isotonic regression), so paths run as level as they can.</item>
/// <item>Paths are straight between the outlines, or pass through their waypoints when the straight
/// line would cross a variable; covariances within a column are arcs on its freer side; each label
/// sits at the middle of its path, slid along it when it would cover a variable or another label.</item>
/// </list>
/// </summary>
internal sealed class DiagramLayout
{
    public const double FontSize = 13;
    public const double CharWidth = 7.5;
    public const double LabelFontSize = 11;
    public const double LabelCharWidth = CharWidth * LabelFontSize / FontSize;
    public const double LabelHeight = 15;

    private const double BoxHeight = 30;
    private const double BoxPadding = 12;
    private const double EllipseHalfHeight = 22;
    private const double ColumnGap = 120;
    private const double ItemGap = 28;
    private const double MemberGap = 12;
    private const double WaypointGap = 20;
    private const int OrderingSweeps = 12;
    private const int PlacementSweeps = 60;

    private static readonly double[] LabelPositions = [0.5, 0.42, 0.58, 0.34, 0.66, 0.27, 0.73, 0.2, 0.8];

    private DiagramLayout(IReadOnlyList<NodeShape> nodes, IReadOnlyList<DrawnEdge> edges, IReadOnlyList<PlacedLabel> labels, Box bounds)
    {
        Nodes = nodes;
        Edges = edges;
        Labels = labels;
        Bounds = bounds;
    }

    /// <summary>The variables, in the order of the model.</summary>
    public IReadOnlyList<NodeShape> Nodes { get; }

    /// <summary>The paths, in the order of the estimates.</summary>
    public IReadOnlyList<DrawnEdge> Edges { get; }

    public IReadOnlyList<PlacedLabel> Labels { get; }

    /// <summary>What the variables, paths and labels cover.</summary>
    public Box Bounds { get; }

    public static double TextWidth(string text, double charWidth = CharWidth) => text.Length * charWidth;

    public static DiagramLayout Compute(DiagramModel model)
    {
        var shapes = model.Variables.ToDictionary(v => v.Name, CreateShape, StringComparer.Ordinal);
        if (shapes.Count == 0)
        {
            return new DiagramLayout([], [], [], new Box(0, 0, 0, 0));
        }

        var graph = new LayeredGraph(model, shapes);
        graph.Order();
        graph.Place();

        var drawn = Route(model, shapes, graph);
        var labels = PlaceLabels(shapes.Values, drawn);
        var bounds = shapes.Values.Select(s => s.Bounds).Aggregate((a, b) => a.Union(b));
        foreach (var edge in drawn)
        {
            bounds = edge.Route.Samples.Aggregate(bounds, (box, p) => box.Union(p));
        }

        bounds = labels.Aggregate(bounds, (box, label) => box.Union(label.Box));
        return new DiagramLayout([.. model.Variables.Select(v => shapes[v.Name])], drawn, labels, bounds);
    }

    private static NodeShape CreateShape(DiagramVariable variable)
    {
        var text = TextWidth(variable.Name);
        return variable.Latent
            ? new NodeShape(variable.Name, true, Math.Max(34, text / 2 * 1.15 + 14), EllipseHalfHeight)
            : new NodeShape(variable.Name, false, Math.Max(22, text / 2 + BoxPadding), BoxHeight / 2);
    }

    private static List<DrawnEdge> Route(DiagramModel model, Dictionary<string, NodeShape> shapes, LayeredGraph graph)
    {
        var routes = new Route?[model.Edges.Count];
        var arcs = new List<(int Index, int Side)>();
        for (var k = 0; k < model.Edges.Count; k++)
        {
            var edge = model.Edges[k];
            var (a, b) = (shapes[edge.From], shapes[edge.To]);
            var (itemA, itemB) = (graph.ItemOf(edge.From), graph.ItemOf(edge.To));
            if (itemA.Layer == itemB.Layer)
            {
                arcs.Add((k, graph.FreerSide(itemA, itemB)));
                continue;
            }

            var waypoints = graph.Waypoints(k);
            var direct = edge.Directed ? Bezier.Line(a.Border(b.Centre), b.Border(a.Centre)) : Bowed(a, b);
            var straight = new Route([direct]);
            routes[k] = waypoints.Count == 0 || IsClear(straight, shapes.Values, a, b)
                ? straight
                : new Route(Spline([a.Border(waypoints[0]), .. waypoints, b.Border(waypoints[^1])]));
        }

        // Arcs within a column: the ends of several arcs on one side of a variable are spread along
        // it, in the order of the variables they lead to, so arrowheads do not pile up.
        var ends = new Dictionary<(string Name, int Side), List<(int Index, double PartnerY)>>();
        foreach (var (index, side) in arcs)
        {
            var edge = model.Edges[index];
            Add(ends, (edge.From, side), (index, shapes[edge.To].Centre.Y));
            Add(ends, (edge.To, side), (index, shapes[edge.From].Centre.Y));
        }

        var offsets = new Dictionary<(int Index, string Name), double>();
        foreach (var ((name, _), list) in ends)
        {
            var shape = shapes[name];
            var sorted = list.OrderBy(e => e.PartnerY).ThenBy(e => e.Index).ToList();
            var step = Math.Min(9, 1.4 * shape.HalfHeight / sorted.Count);
            for (var i = 0; i < sorted.Count; i++)
            {
                offsets[(sorted[i].Index, name)] = (i - (sorted.Count - 1) / 2.0) * step;
            }
        }

        foreach (var (index, side) in arcs)
        {
            var edge = model.Edges[index];
            var (a, b) = (shapes[edge.From], shapes[edge.To]);
            var pa = a.Side(side, offsets[(index, edge.From)]);
            var pb = b.Side(side, offsets[(index, edge.To)]);
            var (top, bottom) = (Math.Min(a.Centre.Y, b.Centre.Y), Math.Max(a.Centre.Y, b.Centre.Y));
            var column = graph.ItemOf(edge.From).Layer;
            var between = shapes.Values.Where(s => graph.ItemOf(s.Name).Layer == column && s.Centre.Y >= top && s.Centre.Y <= bottom);
            var outer = side > 0
                ? between.Select(s => s.Bounds.Right).Append(Math.Max(pa.X, pb.X)).Max()
                : between.Select(s => s.Bounds.Left).Append(Math.Min(pa.X, pb.X)).Min();
            var cap = graph.IsOuterSide(column, side) ? 120 : ColumnGap * 0.45;
            var bulge = Math.Min(cap, 18 + 0.25 * (bottom - top));
            var x = outer + side * bulge;
            routes[index] = new Route([new Bezier(pa, new Point(x, pa.Y), new Point(x, pb.Y), pb)]);
        }

        return [.. model.Edges.Select((edge, k) => new DrawnEdge(edge, routes[k]!))];
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key, TValue value)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }

    /// <summary>A gently curved covariance between two columns, bowed upwards, ending on both outlines.</summary>
    private static Bezier Bowed(NodeShape a, NodeShape b)
    {
        var d = b.Centre - a.Centre;
        var normal = (1 / d.Length) * new Point(d.Y, -d.X);
        if (normal.Y > 0)
        {
            normal = -1 * normal;
        }

        var bow = Math.Min(60, 0.15 * d.Length);
        var c1 = a.Centre + (1.0 / 3) * d + bow * normal;
        var c2 = a.Centre + (2.0 / 3) * d + bow * normal;
        return new Bezier(a.Border(c1), c1, c2, b.Border(c2));
    }

    /// <summary>A smooth curve through the points (Catmull-Rom, as cubic Bézier segments).</summary>
    private static List<Bezier> Spline(IReadOnlyList<Point> points)
    {
        var segments = new List<Bezier>(points.Count - 1);
        for (var i = 0; i + 1 < points.Count; i++)
        {
            var p0 = points[Math.Max(0, i - 1)];
            var (p1, p2) = (points[i], points[i + 1]);
            var p3 = points[Math.Min(points.Count - 1, i + 2)];
            segments.Add(new Bezier(p1, p1 + (1.0 / 6) * (p2 - p0), p2 - (1.0 / 6) * (p3 - p1), p2));
        }

        return segments;
    }

    private static bool IsClear(Route route, IEnumerable<NodeShape> shapes, NodeShape from, NodeShape to)
    {
        var others = shapes.Where(s => s != from && s != to).Select(s => s.Bounds.Inflate(6)).ToList();
        return !route.Samples.Any(p => others.Any(box => box.Contains(p)))
            && !Enumerable.Range(1, 40).Select(i => route.At(i / 41.0)).Any(p => others.Any(box => box.Contains(p)));
    }

    private static List<PlacedLabel> PlaceLabels(IEnumerable<NodeShape> shapes, List<DrawnEdge> drawn)
    {
        // Variables, with room for the arrowheads at their outline, are never covered.
        var obstacles = shapes.Select(s => s.Bounds.Inflate(9)).ToList();
        var labels = new List<PlacedLabel>();
        foreach (var edge in drawn.Where(d => d.Edge.Directed).Concat(drawn.Where(d => !d.Edge.Directed)))
        {
            var text = edge.Edge.Label;
            if (text.Length == 0)
            {
                continue;
            }

            var (halfWidth, halfHeight) = ((TextWidth(text, LabelCharWidth) + 8) / 2, LabelHeight / 2);
            Box? best = null;
            var bestPenalty = double.PositiveInfinity;
            foreach (var fraction in LabelPositions)
            {
                var box = Box.Around(edge.Route.At(fraction), halfWidth, halfHeight);
                var penalty = obstacles.Sum(o => o.OverlapArea(box)) + labels.Sum(l => l.Box.Inflate(1).OverlapArea(box));
                if (penalty < bestPenalty - 1e-9)
                {
                    (best, bestPenalty) = (box, penalty);
                    if (penalty == 0)
                    {
                        break;
                    }
                }
            }

            labels.Add(new PlacedLabel(edge.Edge, text, best!.Value));
        }

        return labels;
    }

    /// <summary>
    /// The variables (and satellite blocks, and waypoints of long paths) as items in numbered
    /// columns, with their order in each column and their heights.
    /// </summary>
    private sealed class LayeredGraph
    {
        private readonly List<Item> _items = [];
        private readonly Dictionary<string, Item> _itemOf = new(StringComparer.Ordinal);
        private readonly Dictionary<int, List<Item>> _chains = [];
        private readonly Dictionary<Item, int> _blockSide = [];
        private List<List<Item>> _columns = [];

        public LayeredGraph(DiagramModel model, Dictionary<string, NodeShape> shapes)
        {
            var directed = model.Edges.Where(e => e.Directed).ToList();
            var inRegression = directed.Where(e => e.Kind == EdgeKind.Regression).SelectMany(e => new[] { e.From, e.To }).ToHashSet(StringComparer.Ordinal);
            var loadingsInto = directed.Where(e => e.Kind == EdgeKind.Loading).GroupBy(e => e.To, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            bool IsSatellite(string name) => !shapes[name].Latent && loadingsInto.GetValueOrDefault(name) == 1 && !inRegression.Contains(name);

            var satellites = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var loading in directed.Where(e => e.Kind == EdgeKind.Loading && IsSatellite(e.To)))
            {
                Add(satellites, loading.From, loading.To);
            }

            var core = model.Variables.Select(v => v.Name).Where(n => !IsSatellite(n)).ToList();
            var coreEdges = directed.Where(e => !IsSatellite(e.To)).ToList();
            var (layer, predecessors) = Layers(core, coreEdges, model.FixedExogenous);

            var order = model.Variables.ToDictionary(v => v.Name, v => v.Order, StringComparer.Ordinal);
            foreach (var name in core)
            {
                var item = new Item(layer[name], order[name]);
                item.Members.Add(shapes[name]);
                _items.Add(item);
                _itemOf[name] = item;
            }

            foreach (var (factor, members) in satellites.OrderBy(s => order[s.Key]))
            {
                var structural = predecessors[factor] > 0 || coreEdges.Any(e => e.From == factor && e.Kind == EdgeKind.Loading);
                var side = structural ? 1 : -1;
                var block = new Item(layer[factor] + side, order[factor] + 0.5);
                block.Members.AddRange(members.Select(m => shapes[m]));
                _blockSide[block] = side;
                _items.Add(block);
                foreach (var member in members)
                {
                    _itemOf[member] = block;
                }
            }

            var lowest = _items.Min(i => i.Layer);
            foreach (var item in _items)
            {
                item.Layer -= lowest;
            }

            for (var k = 0; k < model.Edges.Count; k++)
            {
                var edge = model.Edges[k];
                var (a, b) = (_itemOf[edge.From], _itemOf[edge.To]);
                if (a.Layer == b.Layer)
                {
                    continue;
                }

                var chain = new List<Item> { a };
                var step = Math.Sign(b.Layer - a.Layer);
                for (var l = a.Layer + step; l != b.Layer; l += step)
                {
                    var waypoint = new Item(l, a.Key + 0.25);
                    _items.Add(waypoint);
                    chain.Add(waypoint);
                }

                chain.Add(b);
                for (var i = 0; i + 1 < chain.Count; i++)
                {
                    chain[i].Neighbours.Add(chain[i + 1]);
                    chain[i + 1].Neighbours.Add(chain[i]);
                }

                _chains[k] = chain;
            }

            var count = _items.Max(i => i.Layer) + 1;
            _columns = [.. Enumerable.Range(0, count).Select(l => _items.Where(i => i.Layer == l).OrderBy(i => i.Key).ToList())];
            Number();
        }

        public Item ItemOf(string name) => _itemOf[name];

        /// <summary>The waypoints of the path of edge <paramref name="index"/>, from its start to its end.</summary>
        public List<Point> Waypoints(int index) =>
            _chains.TryGetValue(index, out var chain) ? [.. chain.Skip(1).SkipLast(1).Select(i => new Point(i.X, i.Y))] : [];

        public bool IsOuterSide(int column, int side) => (side < 0 && column == 0) || (side > 0 && column == _columns.Count - 1);

        /// <summary>The side of a column (−1 left, +1 right) where an arc between two of its items crosses fewest paths.</summary>
        public int FreerSide(Item a, Item b)
        {
            var column = a.Layer;
            if (column == _columns.Count - 1)
            {
                return 1;
            }

            if (column == 0)
            {
                return -1;
            }

            var neighbours = a.Neighbours.Concat(b.Neighbours).ToList();
            var left = neighbours.Count(n => n.Layer < column) + Blocks(a, b, -1);
            var right = neighbours.Count(n => n.Layer > column) + Blocks(a, b, 1);
            return left < right ? -1 : 1;
        }

        private int Blocks(Item a, Item b, int side) =>
            (_blockSide.GetValueOrDefault(a) == side ? 1 : 0) + (_blockSide.GetValueOrDefault(b) == side ? 1 : 0);

        /// <summary>Longest-path layers on the graph with back edges reversed; then exogenous variables move right.</summary>
        private static (Dictionary<string, int> Layer, Dictionary<string, int> Predecessors) Layers(
            List<string> nodes, List<DiagramEdge> edges, IReadOnlySet<string> fixedExogenous)
        {
            var successors = nodes.ToDictionary(n => n, _ => new List<string>(), StringComparer.Ordinal);
            foreach (var edge in edges)
            {
                successors[edge.From].Add(edge.To);
            }

            // Depth-first search in the model's order: an edge back into the current path closes a cycle.
            var state = nodes.ToDictionary(n => n, _ => 0, StringComparer.Ordinal);
            var back = new HashSet<(string, string)>();
            void Visit(string node)
            {
                state[node] = 1;
                foreach (var next in successors[node])
                {
                    if (state[next] == 1)
                    {
                        back.Add((node, next));
                    }
                    else if (state[next] == 0)
                    {
                        Visit(next);
                    }
                }

                state[node] = 2;
            }

            foreach (var node in nodes.Where(n => state[n] == 0))
            {
                Visit(node);
            }

            var dag = edges.Select(e => back.Contains((e.From, e.To)) ? (From: e.To, To: e.From) : (From: e.From, To: e.To))
                .Where(e => e.From != e.To).Distinct().ToList();
            var incoming = nodes.ToDictionary(n => n, n => dag.Count(e => e.To == n), StringComparer.Ordinal);
            var predecessors = new Dictionary<string, int>(incoming, StringComparer.Ordinal);
            var layer = nodes.ToDictionary(n => n, _ => 0, StringComparer.Ordinal);
            var queue = nodes.Where(n => incoming[n] == 0).ToList();
            for (var q = 0; q < queue.Count; q++)
            {
                foreach (var (_, to) in dag.Where(e => e.From == queue[q]))
                {
                    layer[to] = Math.Max(layer[to], layer[queue[q]] + 1);
                    if (--incoming[to] == 0)
                    {
                        queue.Add(to);
                    }
                }
            }

            foreach (var node in nodes.Where(n => predecessors[n] == 0 && !fixedExogenous.Contains(n)))
            {
                var next = dag.Where(e => e.From == node).Select(e => layer[e.To]).DefaultIfEmpty(layer[node] + 1).Min();
                layer[node] = next - 1;
            }

            return (layer, predecessors);
        }

        /// <summary>Barycentre sweeps, alternately left to right and right to left; the order with fewest crossings wins.</summary>
        public void Order()
        {
            var best = Snapshot();
            var fewest = Crossings();
            for (var sweep = 0; sweep < OrderingSweeps && fewest > 0; sweep++)
            {
                var rightward = sweep % 2 == 0;
                var columns = rightward ? Enumerable.Range(1, _columns.Count - 1) : Enumerable.Range(0, _columns.Count - 1).Reverse();
                foreach (var c in columns)
                {
                    var reference = rightward ? c - 1 : c + 1;
                    _columns[c] = [.. _columns[c].OrderBy(i => Barycentre(i, reference)).ThenBy(i => i.Index)];
                    Number();
                }

                var crossings = Crossings();
                if (crossings < fewest)
                {
                    (best, fewest) = (Snapshot(), crossings);
                }
            }

            _columns = best;
            Number();
        }

        /// <summary>Heights by repeated isotonic regression towards the neighbours; then the columns' x.</summary>
        public void Place()
        {
            foreach (var column in _columns)
            {
                var y = 0.0;
                for (var i = 0; i < column.Count; i++)
                {
                    y += i == 0 ? 0 : Separation(column[i - 1], column[i]);
                    column[i].Y = y;
                }

                var middle = y / 2;
                column.ForEach(item => item.Y -= middle);
            }

            for (var sweep = 0; sweep < PlacementSweeps; sweep++)
            {
                var indices = Enumerable.Range(0, _columns.Count);
                foreach (var c in sweep % 2 == 0 ? indices : indices.Reverse())
                {
                    var column = _columns[c];
                    var targets = column.Select(i => i.Neighbours.Count == 0 ? i.Y : i.Neighbours.Average(n => n.Y)).ToArray();
                    Fit(column, targets);
                }
            }

            var x = 0.0;
            foreach (var column in _columns)
            {
                var width = column.Select(i => i.Width).DefaultIfEmpty(0).Max();
                var centre = x + width / 2;
                foreach (var item in column)
                {
                    item.X = centre;
                    var top = item.Y - item.Height / 2;
                    foreach (var member in item.Members)
                    {
                        member.Centre = new Point(centre, top + member.HalfHeight);
                        top += 2 * member.HalfHeight + MemberGap;
                    }
                }

                x += width + ColumnGap;
            }
        }

        private static double Separation(Item upper, Item lower) =>
            (upper.Height + lower.Height) / 2 + (upper.IsWaypoint || lower.IsWaypoint ? WaypointGap : ItemGap);

        /// <summary>
        /// The heights closest (least squares) to the targets that keep the column's order and spacing:
        /// with y_i = z_i + offset_i the spacing is z non-decreasing, so pool adjacent violators.
        /// </summary>
        private static void Fit(List<Item> column, double[] targets)
        {
            var offsets = new double[column.Count];
            for (var i = 1; i < column.Count; i++)
            {
                offsets[i] = offsets[i - 1] + Separation(column[i - 1], column[i]);
            }

            var pools = new List<(double Sum, int Count)>();
            for (var i = 0; i < column.Count; i++)
            {
                pools.Add((targets[i] - offsets[i], 1));
                while (pools.Count > 1 && pools[^2].Sum / pools[^2].Count > pools[^1].Sum / pools[^1].Count)
                {
                    var merged = (pools[^2].Sum + pools[^1].Sum, pools[^2].Count + pools[^1].Count);
                    pools.RemoveAt(pools.Count - 1);
                    pools[^1] = merged;
                }
            }

            var k = 0;
            foreach (var (sum, count) in pools)
            {
                for (var j = 0; j < count; j++, k++)
                {
                    column[k].Y = sum / count + offsets[k];
                }
            }
        }

        private static double Barycentre(Item item, int reference)
        {
            var indices = item.Neighbours.Where(n => n.Layer == reference).Select(n => (double)n.Index).ToList();
            return indices.Count == 0 ? item.Index : indices.Average();
        }

        private int Crossings()
        {
            var total = 0;
            for (var c = 0; c + 1 < _columns.Count; c++)
            {
                var pairs = _columns[c].SelectMany(a => a.Neighbours.Where(b => b.Layer == c + 1).Select(b => (a.Index, b.Index))).ToList();
                for (var i = 0; i < pairs.Count; i++)
                {
                    for (var j = i + 1; j < pairs.Count; j++)
                    {
                        if ((pairs[i].Item1 - pairs[j].Item1) * (pairs[i].Item2 - pairs[j].Item2) < 0)
                        {
                            total++;
                        }
                    }
                }
            }

            return total;
        }

        private List<List<Item>> Snapshot() => [.. _columns.Select(c => c.ToList())];

        private void Number()
        {
            foreach (var column in _columns)
            {
                for (var i = 0; i < column.Count; i++)
                {
                    column[i].Index = i;
                }
            }
        }
    }

    /// <summary>A variable, a block of satellite indicators, or a waypoint (no members) in a column.</summary>
    private sealed class Item(int layer, double key)
    {
        public int Layer { get; set; } = layer;

        /// <summary>The initial order in the column: the model's order.</summary>
        public double Key { get; } = key;

        public int Index { get; set; }

        public double X { get; set; }

        public double Y { get; set; }

        public List<NodeShape> Members { get; } = [];

        public List<Item> Neighbours { get; } = [];

        public bool IsWaypoint => Members.Count == 0;

        public double Height => IsWaypoint ? 0 : Members.Sum(m => 2 * m.HalfHeight) + (Members.Count - 1) * MemberGap;

        public double Width => IsWaypoint ? 0 : Members.Max(m => 2 * m.HalfWidth);
    }
}
