namespace Lantern.Statistics.Sem.Syntax;

/// <summary>
/// Arithmetic over parameter labels in a defined parameter (<c>+ - * / ^</c>, unary minus,
/// parentheses, numbers). Evaluated against the current values of labelled parameters.
/// </summary>
public abstract record Expression
{
    /// <summary>Evaluates with <paramref name="valueOf"/> giving each label's value.</summary>
    public abstract double Evaluate(Func<string, double> valueOf);

    /// <summary>Every label the expression reads, each with where it appears.</summary>
    public abstract IEnumerable<(string Label, SourcePosition Position)> Labels();
}

public sealed record NumberExpression(double Value) : Expression
{
    public override double Evaluate(Func<string, double> valueOf) => Value;

    public override IEnumerable<(string Label, SourcePosition Position)> Labels() => [];
}

public sealed record LabelExpression(string Label, SourcePosition Position) : Expression
{
    public override double Evaluate(Func<string, double> valueOf) => valueOf(Label);

    public override IEnumerable<(string Label, SourcePosition Position)> Labels() => [(Label, Position)];
}

public sealed record NegateExpression(Expression Operand) : Expression
{
    public override double Evaluate(Func<string, double> valueOf) => -Operand.Evaluate(valueOf);

    public override IEnumerable<(string Label, SourcePosition Position)> Labels() => Operand.Labels();
}

public sealed record BinaryExpression(char Operator, Expression Left, Expression Right) : Expression
{
    public override double Evaluate(Func<string, double> valueOf)
    {
        var left = Left.Evaluate(valueOf);
        var right = Right.Evaluate(valueOf);
        return Operator switch
        {
            '+' => left + right,
            '-' => left - right,
            '*' => left * right,
            '/' => left / right,
            '^' => Math.Pow(left, right),
            _ => throw new InvalidOperationException($"Unknown operator {Operator}."),
        };
    }

    public override IEnumerable<(string Label, SourcePosition Position)> Labels() => Left.Labels().Concat(Right.Labels());
}
