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

    /// <summary>
    /// ∂Σ/∂θₖ for every free parameter, the analytic derivatives of the RAM form, each as a flat
    /// p×p array (symmetric, so row- and column-major alike), from B and Ω at the current point.
    /// </summary>
    public double[][] Derivatives(Matrix<double> b, Matrix<double> omega) =>
        Derivatives(b, omega, [.. Enumerable.Range(0, FreeCount).Select(_ => new double[ObservedCount * ObservedCount])]);

    /// <summary>The same, written into <paramref name="result"/> (q arrays of p×p), so a caller can reuse its buffers.</summary>
    public double[][] Derivatives(Matrix<double> b, Matrix<double> omega, double[][] result)
    {
        var p = ObservedCount;
        var bArray = b.AsColumnMajorArray() ?? b.ToColumnMajorArray();
        var omegaArray = omega.AsColumnMajorArray() ?? omega.ToColumnMajorArray();
        var v = variableCount;
        foreach (var buffer in result)
        {
            Array.Clear(buffer);
        }

        var left = new double[p];
        var right = new double[p];
        foreach (var cell in cells)
        {
            if (cell.Free == 0)
            {
                continue;
            }

            var d = result[cell.Free - 1];
            // bᵢ: column i of B; ωⱼ: row j of Ω (= column j, Ω being symmetric); both cut to the observed rows.
            Array.Copy(bArray, cell.Row * v, left, 0, p);
            if (cell.Asymmetric)
            {
                // d(B S Bᵀ) for dA = Eᵢⱼ is B Eᵢⱼ Ω + (B Eᵢⱼ Ω)ᵀ = bᵢ ωⱼᵀ + ωⱼ bᵢᵀ.
                Array.Copy(omegaArray, cell.Column * v, right, 0, p);
                AddSymmetricOuter(d, left, right, p);
            }
            else
            {
                Array.Copy(bArray, cell.Column * v, right, 0, p);
                if (cell.Row != cell.Column)
                {
                    AddSymmetricOuter(d, left, right, p);
                }
                else
                {
                    AddOuter(d, left, right, p);
                }
            }
        }

        return result;
    }

    /// <summary>target += u vᵀ + v uᵀ.</summary>
    private static void AddSymmetricOuter(double[] target, double[] u, double[] v, int p)
    {
        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < p; j++)
            {
                target[i * p + j] += u[i] * v[j] + v[i] * u[j];
            }
        }
    }

    /// <summary>target += u vᵀ.</summary>
    private static void AddOuter(double[] target, double[] u, double[] v, int p)
    {
        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < p; j++)
            {
                target[i * p + j] += u[i] * v[j];
            }
        }
    }
}
