namespace Lantern.Statistics.Sem.Diagram;

internal readonly record struct Point(double X, double Y)
{
    public static Point operator +(Point a, Point b) => new(a.X + b.X, a.Y + b.Y);

    public static Point operator -(Point a, Point b) => new(a.X - b.X, a.Y - b.Y);

    public static Point operator *(double k, Point a) => new(k * a.X, k * a.Y);

    public double Length => Math.Sqrt(X * X + Y * Y);

    public static double Distance(Point a, Point b) => (a - b).Length;
}

/// <summary>An axis-aligned rectangle by its edges (y grows downwards, as in SVG).</summary>
internal readonly record struct Box(double Left, double Top, double Right, double Bottom)
{
    public double Width => Right - Left;

    public double Height => Bottom - Top;

    public static Box Around(Point centre, double halfWidth, double halfHeight) =>
        new(centre.X - halfWidth, centre.Y - halfHeight, centre.X + halfWidth, centre.Y + halfHeight);

    public Box Inflate(double by) => new(Left - by, Top - by, Right + by, Bottom + by);

    public bool Contains(Point p) => p.X > Left && p.X < Right && p.Y > Top && p.Y < Bottom;

    /// <summary>The area the two boxes share (0 when they only touch or are apart).</summary>
    public double OverlapArea(Box other) =>
        Math.Max(0, Math.Min(Right, other.Right) - Math.Max(Left, other.Left)) * Math.Max(0, Math.Min(Bottom, other.Bottom) - Math.Max(Top, other.Top));

    public Box Union(Box other) =>
        new(Math.Min(Left, other.Left), Math.Min(Top, other.Top), Math.Max(Right, other.Right), Math.Max(Bottom, other.Bottom));

    public Box Union(Point p) => new(Math.Min(Left, p.X), Math.Min(Top, p.Y), Math.Max(Right, p.X), Math.Max(Bottom, p.Y));
}

/// <summary>A cubic Bézier segment; a straight line is one whose control points lie on it.</summary>
internal readonly record struct Bezier(Point P0, Point P1, Point P2, Point P3)
{
    public static Bezier Line(Point a, Point b) => new(a, a + (1.0 / 3) * (b - a), a + (2.0 / 3) * (b - a), b) { IsLine = true };

    public bool IsLine { get; init; }

    public Point At(double t)
    {
        var u = 1 - t;
        return (u * u * u) * P0 + (3 * u * u * t) * P1 + (3 * u * t * t) * P2 + (t * t * t) * P3;
    }
}

/// <summary>A drawn connection: a chain of Bézier segments, measurable along its length.</summary>
internal sealed class Route
{
    private const int SamplesPerSegment = 24;
    private readonly List<Point> _samples = [];
    private readonly List<double> _lengths = [];

    public Route(IReadOnlyList<Bezier> segments)
    {
        Segments = segments;
        foreach (var segment in segments)
        {
            for (var i = _samples.Count == 0 ? 0 : 1; i <= SamplesPerSegment; i++)
            {
                var p = segment.At(i / (double)SamplesPerSegment);
                _lengths.Add(_samples.Count == 0 ? 0 : _lengths[^1] + Point.Distance(_samples[^1], p));
                _samples.Add(p);
            }
        }
    }

    public IReadOnlyList<Bezier> Segments { get; }

    public IReadOnlyList<Point> Samples => _samples;

    public bool IsStraight => Segments.Count == 1 && Segments[0].IsLine;

    public double Length => _lengths.Count == 0 ? 0 : _lengths[^1];

    /// <summary>The point at a fraction of the route's length.</summary>
    public Point At(double fraction)
    {
        var target = Math.Clamp(fraction, 0, 1) * Length;
        for (var i = 1; i < _samples.Count; i++)
        {
            if (_lengths[i] >= target)
            {
                var span = _lengths[i] - _lengths[i - 1];
                var k = span <= 0 ? 0 : (target - _lengths[i - 1]) / span;
                return _samples[i - 1] + k * (_samples[i] - _samples[i - 1]);
            }
        }

        return _samples.Count == 0 ? default : _samples[^1];
    }
}

/// <summary>A variable's outline: a box for an observed variable, an ellipse for a latent one.</summary>
internal sealed class NodeShape(string name, bool latent, double halfWidth, double halfHeight)
{
    public string Name { get; } = name;

    public bool Latent { get; } = latent;

    public double HalfWidth { get; } = halfWidth;

    public double HalfHeight { get; } = halfHeight;

    public Point Centre { get; set; }

    public Box Bounds => Box.Around(Centre, HalfWidth, HalfHeight);

    /// <summary>Where the ray from the centre towards <paramref name="toward"/> leaves the outline.</summary>
    public Point Border(Point toward)
    {
        var d = toward - Centre;
        if (d.Length < 1e-9)
        {
            return Centre;
        }

        var t = Latent
            ? 1 / Math.Sqrt(d.X * d.X / (HalfWidth * HalfWidth) + d.Y * d.Y / (HalfHeight * HalfHeight))
            : Math.Min(d.X == 0 ? double.PositiveInfinity : HalfWidth / Math.Abs(d.X), d.Y == 0 ? double.PositiveInfinity : HalfHeight / Math.Abs(d.Y));
        return Centre + t * d;
    }

    /// <summary>The point of the left (<paramref name="side"/> = −1) or right (+1) edge at a vertical offset from the centre.</summary>
    public Point Side(int side, double dy)
    {
        dy = Math.Clamp(dy, -0.8 * HalfHeight, 0.8 * HalfHeight);
        var dx = Latent ? HalfWidth * Math.Sqrt(1 - dy * dy / (HalfHeight * HalfHeight)) : HalfWidth;
        return new Point(Centre.X + side * dx, Centre.Y + dy);
    }
}
