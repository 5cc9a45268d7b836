namespace Lantern.Statistics.Sem.Syntax;

/// <summary>The operators of lavaan's model syntax.</summary>
public enum Operator
{
    /// <summary><c>=~</c>: a latent variable is measured by indicators.</summary>
    MeasuredBy,

    /// <summary><c>~</c>: a regression of the left side on the right side.</summary>
    Regression,

    /// <summary><c>~~</c>: a variance (same name twice) or covariance.</summary>
    Covariance,
}

/// <summary>Where a piece of syntax starts: 1-based line and column.</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    public override string ToString() => $"line {Line}, column {Column}";
}

/// <summary>
/// A modifier before a right-hand variable: <c>a*x</c> (label), <c>0.5*x</c> (fixed value),
/// <c>NA*x</c> (explicitly free, e.g. to free a marker loading).
/// </summary>
public readonly record struct Modifier(string? Label, double? FixedValue, bool ExplicitlyFree)
{
    public static readonly Modifier None = new(null, null, false);
}

/// <summary>One relation written by the user, e.g. the <c>x2</c> of <c>visual =~ x1 + a*x2</c>.</summary>
public sealed record ModelTerm(string Lhs, Operator Operator, string Rhs, Modifier Modifier, SourcePosition Position);

/// <summary>A defined parameter, <c>ab := a*b</c>.</summary>
public sealed record Definition(string Name, Expression Expression, SourcePosition Position)
{
    /// <summary>The right-hand side as written, without spaces ("c+(a*b)"), the way lavaan prints it.</summary>
    public string Text { get; init; } = "";
}

/// <summary>A parsed model: the user's terms in order of appearance, then the defined parameters.</summary>
public sealed record ParsedModel(IReadOnlyList<ModelTerm> Terms, IReadOnlyList<Definition> Definitions);

/// <summary>A syntax error, naming where it is.</summary>
public sealed class ModelSyntaxException(string message, SourcePosition position)
    : FormatException($"{position}: {message}")
{
    public SourcePosition Position { get; } = position;
}
