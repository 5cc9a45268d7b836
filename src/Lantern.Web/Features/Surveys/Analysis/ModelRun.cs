using Lantern.Statistics.Sem;
using Lantern.Statistics.Sem.Diagram;
using Lantern.Statistics.Sem.Syntax;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Features.Surveys.Queries;

namespace Lantern.Web.Features.Surveys.Analysis;

/// <summary>
/// Fits a model in lavaan syntax to a survey's dataset with the statistics engine. The parameter
/// table, fit and diagram are the maximum-likelihood ones (lavaan's defaults); with bootstrap draws
/// the model is fitted a second time with the bootstrap only for the percentile intervals of the
/// defined (:=) parameters, so the table keeps its usual standard errors.
/// </summary>
public static class ModelRun
{
    public const int MaxBootstrapDraws = 5000;

    public static ModelOutcome Run(SurveyDataset dataset, string syntax, int bootstrapDraws, int seed)
    {
        var (parsed, outcome) = Prepare(dataset, syntax);
        if (parsed is null)
        {
            return outcome;
        }

        try
        {
            var fit = Sem.Fit(syntax, dataset.Table);
            outcome = outcome with
            {
                NUsed = fit.NObs,
                Converged = fit.Converged,
                FreeParameters = fit.Table.FreeCount,
                Parameters = fit.Parameters,
                Fit = fit.Fit,
                DiagramSvg = PathDiagram.Svg(fit),
            };
            return bootstrapDraws > 0 && fit.Converged && parsed.Definitions.Count > 0
                ? WithIntervals(outcome, syntax, dataset, Math.Min(bootstrapDraws, MaxBootstrapDraws), seed)
                : outcome;
        }
        catch (SemModelException problem)
        {
            return outcome with { Error = problem.Message };
        }
    }

    /// <summary>The syntax error (with its place) or the unknown variables of a model, in words; null when it can run.</summary>
    public static string? Check(SurveyDataset dataset, string syntax) => Prepare(dataset, syntax).Outcome.Error;

    private static (ParsedModel? Parsed, ModelOutcome Outcome) Prepare(SurveyDataset dataset, string syntax)
    {
        var outcome = new ModelOutcome { NTotal = dataset.RowCount };
        ParsedModel parsed;
        try
        {
            parsed = ModelParser.Parse(syntax);
        }
        catch (ModelSyntaxException error)
        {
            return (null, outcome with { Error = $"Syntax error at {error.Message}" });
        }

        var unknown = UnknownVariables(parsed, dataset);
        if (unknown.Count > 0)
        {
            var described = unknown.Select(name =>
                dataset.Categories.Any(c => c.Item.Name == name) ? $"{name} (a category, not a number)"
                : dataset.Find(SurveyNames.CountVariable(name)) is { Kind: VariableKind.ChoiceCount } ? $"{name} (several choices: use {SurveyNames.CountVariable(name)}, the number chosen)"
                : name);
            return (null, outcome with
            {
                Error = $"The model names {(unknown.Count == 1 ? "a variable" : "variables")} the survey does not have: {string.Join(", ", described)}.",
            });
        }

        return (parsed, outcome);
    }

    private static ModelOutcome WithIntervals(ModelOutcome outcome, string syntax, SurveyDataset dataset, int draws, int seed)
    {
        var bootstrapped = Sem.Fit(syntax, dataset.Table, new SemOptions(Bootstrap: draws, Seed: seed));
        var intervals = bootstrapped.Parameters.Where(p => p.Op == ":=")
            .Select(p => new DefinedInterval(p.Lhs, p.Estimate, p.StandardError, p.CiLower, p.CiUpper))
            .ToList();
        return outcome with
        {
            BootstrapRequested = draws,
            BootstrapSucceeded = bootstrapped.Bootstrap?.Succeeded ?? 0,
            BootstrapSeed = seed,
            Intervals = intervals,
        };
    }

    /// <summary>Every observed name in the model that is no numeric variable of the survey (latent variables are the model's own).</summary>
    private static List<string> UnknownVariables(ParsedModel model, SurveyDataset dataset)
    {
        var latent = model.Terms.Where(t => t.Operator == Operator.MeasuredBy).Select(t => t.Lhs).ToHashSet(StringComparer.Ordinal);
        return [.. model.Terms.SelectMany(t => new[] { t.Lhs, t.Rhs })
            .Where(name => !latent.Contains(name) && dataset.Find(name) is null)
            .Distinct(StringComparer.Ordinal)];
    }
}
