using Lantern.Statistics.Sem.Syntax;

namespace Lantern.Statistics.Sem;

/// <summary>The row operators, as lavaan prints them.</summary>
public enum RowOperator
{
    MeasuredBy,
    Regression,
    Covariance,
    Defined,
}

/// <summary>
/// One row of the parameter table, the single representation of a model (as in lavaan).
/// <see cref="Free"/> is 0 for a fixed row, otherwise the 1-based number of the free parameter it
/// shares with every row of the same label. Estimation fills <see cref="Estimate"/>.
/// </summary>
public sealed record ParameterRow(
    int Id, string Lhs, RowOperator Operator, string Rhs, string? Label, int Free, double Start,
    bool UserSpecified, Expression? Definition = null)
{
    public double Estimate { get; init; } = double.NaN;

    public string OperatorSymbol => Operator switch
    {
        RowOperator.MeasuredBy => "=~",
        RowOperator.Regression => "~",
        RowOperator.Covariance => "~~",
        _ => ":=",
    };

    public override string ToString() => $"{Lhs} {OperatorSymbol} {Rhs}";
}

/// <summary>The variables of a model and their roles, derived once from the parsed syntax.</summary>
public sealed record ModelVariables(
    IReadOnlyList<string> Observed, IReadOnlyList<string> Latent, IReadOnlyList<string> FixedExogenous)
{
    /// <summary>Observed first, then latent: the order of the RAM matrices.</summary>
    public IReadOnlyList<string> All { get; } = [.. Observed, .. Latent];
}

public sealed record ParameterTable(IReadOnlyList<ParameterRow> Rows, ModelVariables Variables)
{
    public int FreeCount => Rows.Count == 0 ? 0 : Rows.Max(r => r.Free);

    public IEnumerable<ParameterRow> ModelRows => Rows.Where(r => r.Operator != RowOperator.Defined);

    public IEnumerable<ParameterRow> DefinedRows => Rows.Where(r => r.Operator == RowOperator.Defined);
}
