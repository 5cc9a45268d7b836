using MathNet.Numerics.LinearAlgebra;

namespace Lantern.Statistics.Sem;

/// <summary>
/// Step 2: the parameter table as RAM matrices (McArdle and McDonald, 1984). With every variable
/// (observed first, then latent) in one vector v = A v + e, Cov(e) = S, the implied covariance of
/// the observed variables is Σ = F (I − A)⁻¹ S (I − A)⁻ᵀ Fᵀ, where F selects the observed rows.
/// </summary>
internal sealed class RamModel
{
    private readonly record struct Cell(bool Asymmetric, int Row, int Column, int Free, double FixedValue);

    private readonly List<Cell> cells = [];
    private readonly int variableCount;

    public RamModel(ParameterTable table)
    {
        Table = table;
        ObservedCount = table.Variables.Observed.Count;
        variableCount = table.Variables.All.Count;
        var index = table.Variables.All.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i);
        foreach (var row in table.ModelRows)
        {
            var (asymmetric, target, source) = row.Operator switch
            {
                // y ~ x: x affects y. f =~ x: f affects x.
                RowOperator.Regression => (true, index[row.Lhs], index[row.Rhs]),
                RowOperator.MeasuredBy => (true, index[row.Rhs], index[row.Lhs]),
                _ => (false, index[row.Lhs], index[row.Rhs]),
            };
            cells.Add(new Cell(asymmetric, target, source, row.Free, row.Start));
        }
    }

    public ParameterTable Table { get; }

    public int ObservedCount { get; }

    public int FreeCount => Table.FreeCount;

    /// <summary>The matrices at <paramref name="theta"/> (free parameters, 0-based).</summary>
    public (Matrix<double> A, Matrix<double> S) Matrices(IReadOnlyList<double> theta)
    {
        var a = Matrix<double>.Build.Dense(variableCount, variableCount);
        var s = Matrix<double>.Build.Dense(variableCount, variableCount);
        foreach (var cell in cells)
        {
            var value = cell.Free > 0 ? theta[cell.Free - 1] : cell.FixedValue;
            if (cell.Asymmetric)
            {
                a[cell.Row, cell.Column] = value;
            }
            else
            {
                s[cell.Row, cell.Column] = value;
                s[cell.Column, cell.Row] = value;
            }
        }

        return (a, s);
    }

    /// <summary>B = (I − A)⁻¹ and the covariance of all variables, Ω = B S Bᵀ.</summary>
    public (Matrix<double> B, Matrix<double> Omega) Solve(IReadOnlyList<double> theta)
    {
        var (a, s) = Matrices(theta);
        var b = (Matrix<double>.Build.DenseIdentity(variableCount) - a).Inverse();
        return (b, b * s * b.Transpose());
    }

    /// <summary>The implied covariance of the observed variables.</summary>
    public Matrix<double> Implied(IReadOnlyList<double> theta) =>
        Solve(theta).Omega.SubMatrix(0, ObservedCount, 0, ObservedCount);

    /// <summary>∂Σ/∂θₖ for every free parameter: the analytic derivatives of the RAM form.</summary>
    public Matrix<double>[] Derivatives(IReadOnlyList<double> theta)
    {
        var (b, omega) = Solve(theta);
        var p = ObservedCount;
        var result = new Matrix<double>[FreeCount];
        for (var k = 0; k < result.Length; k++)
        {
            result[k] = Matrix<double>.Build.Dense(p, p);
        }

        foreach (var cell in cells.Where(c => c.Free > 0))
        {
            var d = result[cell.Free - 1];
            var bi = b.Column(cell.Row).SubVector(0, p);
            if (cell.Asymmetric)
            {
                // d(B S Bᵀ) for dA = Eᵢⱼ is B Eᵢⱼ Ω + (B Eᵢⱼ Ω)ᵀ = bᵢ ωⱼᵀ + ωⱼ bᵢᵀ.
                var omegaJ = omega.Row(cell.Column).SubVector(0, p);
                AddOuter(d, bi, omegaJ);
                AddOuter(d, omegaJ, bi);
            }
            else
            {
                var bj = b.Column(cell.Column).SubVector(0, p);
                AddOuter(d, bi, bj);
                if (cell.Row != cell.Column)
                {
                    AddOuter(d, bj, bi);
                }
            }
        }

        return result;
    }

    private static void AddOuter(Matrix<double> target, Vector<double> left, Vector<double> right)
    {
        for (var i = 0; i < left.Count; i++)
        {
            if (left[i] == 0)
            {
                continue;
            }

            for (var j = 0; j < right.Count; j++)
            {
                target[i, j] += left[i] * right[j];
            }
        }
    }
}
