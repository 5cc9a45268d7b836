using Lantern.Statistics.Sem.Syntax;
using MathNet.Numerics.LinearAlgebra;

namespace Lantern.Statistics.Sem;

/// <summary>
/// Step 1: turns the user's terms into the full parameter table with the defaults of lavaan's
/// sem() and cfa(): first loading fixed to 1, residual variances, covariances among exogenous
/// latent variables, residual covariances among pure outcomes (auto.cov.y), and exogenous observed
/// covariates fixed at their sample (co)variances (fixed.x).
/// </summary>
internal static class ModelBuilder
{
    public static ParameterTable Build(ParsedModel model, IReadOnlyList<string> dataColumns, Func<IReadOnlyList<string>, Matrix<double>> sampleCovarianceOf)
    {
        var variables = Classify(model, dataColumns);
        var rows = new List<Draft>();
        AddUserRows(model, rows);
        AddDefaultRows(model, variables, rows);
        AddFixedExogenous(variables, sampleCovarianceOf(variables.Observed), rows);
        return Number(rows, model, variables);
    }

    private sealed record Draft(string Lhs, RowOperator Operator, string Rhs, string? Label, bool Free, double Start, bool User);

    private static ModelVariables Classify(ParsedModel model, IReadOnlyList<string> dataColumns)
    {
        var latent = model.Terms.Where(t => t.Operator == Operator.MeasuredBy).Select(t => t.Lhs).Distinct().ToList();
        var observed = new List<string>();
        foreach (var term in model.Terms)
        {
            foreach (var (name, position) in new[] { (term.Lhs, term.Position), (term.Rhs, term.Position) })
            {
                if (latent.Contains(name) || observed.Contains(name))
                {
                    continue;
                }

                if (!dataColumns.Contains(name))
                {
                    throw new SemModelException($"line {position.Line}: \"{name}\" is neither a latent variable of the model nor a column of the data.");
                }

                observed.Add(name);
            }
        }

        var dependent = model.Terms.Where(t => t.Operator == Operator.Regression).Select(t => t.Lhs)
            .Concat(model.Terms.Where(t => t.Operator == Operator.MeasuredBy).Select(t => t.Rhs))
            .ToHashSet();
        var predictors = model.Terms.Where(t => t.Operator == Operator.Regression).Select(t => t.Rhs).ToHashSet();
        var exogenous = observed.Where(v => predictors.Contains(v) && !dependent.Contains(v)).ToList();
        return new ModelVariables(observed, latent, exogenous);
    }

    private static void AddUserRows(ParsedModel model, List<Draft> rows)
    {
        var firstIndicatorSeen = new HashSet<string>();
        foreach (var term in model.Terms)
        {
            var modifier = term.Modifier;
            var (free, start) = (modifier.FixedValue is null, modifier.FixedValue ?? DefaultStart(term.Operator));
            if (term.Operator == Operator.MeasuredBy && firstIndicatorSeen.Add(term.Lhs) && modifier.FixedValue is null && !modifier.ExplicitlyFree)
            {
                // The marker: fixing the first loading to 1 sets the scale of the factor.
                (free, start) = (false, 1.0);
            }

            rows.Add(new Draft(term.Lhs, ToRowOperator(term.Operator), term.Rhs, modifier.Label, free, start, true));
        }
    }

    private static void AddDefaultRows(ParsedModel model, ModelVariables variables, List<Draft> rows)
    {
        bool Specified(string a, string b) => rows.Any(r => r.Operator == RowOperator.Covariance && ((r.Lhs == a && r.Rhs == b) || (r.Lhs == b && r.Rhs == a)));

        var regressionLhs = model.Terms.Where(t => t.Operator == Operator.Regression).Select(t => t.Lhs).ToHashSet();
        var regressionRhs = model.Terms.Where(t => t.Operator == Operator.Regression).Select(t => t.Rhs).ToHashSet();
        var indicators = model.Terms.Where(t => t.Operator == Operator.MeasuredBy).Select(t => t.Rhs).ToHashSet();

        var defaults = new List<Draft>();
        foreach (var name in variables.Observed.Where(v => !variables.FixedExogenous.Contains(v)).Concat(variables.Latent))
        {
            if (!Specified(name, name))
            {
                var isLatent = variables.Latent.Contains(name);
                defaults.Add(new Draft(name, RowOperator.Covariance, name, null, true, isLatent ? 0.05 : double.NaN, false));
            }
        }

        var exogenousLatent = variables.Latent.Where(v => !regressionLhs.Contains(v)).ToList();
        var outcomes = variables.Observed.Where(v => regressionLhs.Contains(v) && !regressionRhs.Contains(v) && !indicators.Contains(v))
            .Concat(variables.Latent.Where(v => regressionLhs.Contains(v) && !regressionRhs.Contains(v)))
            .ToList();
        foreach (var group in new[] { exogenousLatent, outcomes })
        {
            for (var i = 0; i < group.Count; i++)
            {
                for (var j = i + 1; j < group.Count; j++)
                {
                    if (!Specified(group[i], group[j]))
                    {
                        defaults.Add(new Draft(group[i], RowOperator.Covariance, group[j], null, true, 0, false));
                    }
                }
            }
        }

        rows.AddRange(defaults);
    }

    private static void AddFixedExogenous(ModelVariables variables, Matrix<double> sample, List<Draft> rows)
    {
        var x = variables.FixedExogenous;
        for (var i = 0; i < x.Count; i++)
        {
            for (var j = i; j < x.Count; j++)
            {
                var value = sample[variables.Observed.IndexOf(x[i]), variables.Observed.IndexOf(x[j])];
                rows.Add(new Draft(x[i], RowOperator.Covariance, x[j], null, false, value, false));
            }
        }
    }

    private static ParameterTable Number(List<Draft> drafts, ParsedModel model, ModelVariables variables)
    {
        var byLabel = new Dictionary<string, int>(StringComparer.Ordinal);
        var next = 0;
        var rows = new List<ParameterRow>(drafts.Count + model.Definitions.Count);
        foreach (var draft in drafts)
        {
            var free = 0;
            if (draft.Free)
            {
                if (draft.Label is null || !byLabel.TryGetValue(draft.Label, out free))
                {
                    free = ++next;
                    if (draft.Label is not null)
                    {
                        byLabel[draft.Label] = free;
                    }
                }
            }

            rows.Add(new ParameterRow(rows.Count + 1, draft.Lhs, draft.Operator, draft.Rhs, draft.Label, free, draft.Start, draft.User));
        }

        foreach (var definition in model.Definitions)
        {
            rows.Add(new ParameterRow(rows.Count + 1, definition.Name, RowOperator.Defined, definition.Text, definition.Name, 0, double.NaN, true, definition.Expression));
        }

        return new ParameterTable(rows, variables);
    }

    /// <summary>The same table with the fixed.x covariances set to another sample's values (for the bootstrap).</summary>
    public static ParameterTable RefixExogenous(ParameterTable table, Matrix<double> sample)
    {
        var x = table.Variables.FixedExogenous;
        if (x.Count == 0)
        {
            return table;
        }

        var observed = table.Variables.Observed;
        return table with
        {
            Rows = [.. table.Rows.Select(row => row.Free == 0 && row.Operator == RowOperator.Covariance && x.Contains(row.Lhs) && x.Contains(row.Rhs) && !row.UserSpecified
                ? row with { Start = sample[observed.IndexOf(row.Lhs), observed.IndexOf(row.Rhs)] }
                : row)],
        };
    }

    private static double DefaultStart(Operator op) => op == Operator.MeasuredBy ? 1.0 : 0.0;

    private static RowOperator ToRowOperator(Operator op) => op switch
    {
        Operator.MeasuredBy => RowOperator.MeasuredBy,
        Operator.Regression => RowOperator.Regression,
        _ => RowOperator.Covariance,
    };
}
