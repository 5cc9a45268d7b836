using Lantern.Statistics.Sem;
using Lantern.Web.Features.Surveys.Analysis;
using Lantern.Web.Features.Surveys.Queries;

namespace Lantern.Web.Tests.Features.Surveys.Analysis;

/// <summary>The honesty rules of a stored result and its round trip through JSON; pure, no database.</summary>
public sealed class ModelOutcomeTests
{
    private static readonly SemFitMeasures SaturatedFit = new(
        Npar: 6, Fmin: 0, Chisq: 0, Df: 0, PValue: null, BaselineChisq: 40, BaselineDf: 5, Cfi: 1, Tli: double.NaN,
        Logl: -100, UnrestrictedLogl: -100, Aic: 212, Bic: 220, Rmsea: 0, RmseaCiLower: 0, RmseaCiUpper: 0, Srmr: 0);

    private static ModelOutcome Fitted(int nUsed, int free) =>
        new() { NTotal = nUsed, NUsed = nUsed, FreeParameters = free, Converged = true, Fit = SaturatedFit };

    [Fact]
    public void Five_cases_per_free_parameter_is_enough_and_fewer_draws_a_small_sample_warning()
    {
        Fitted(nUsed: 30, free: 6).Warnings.ShouldBeEmpty();
        Fitted(nUsed: 29, free: 6).Warnings.ShouldHaveSingleItem().ShouldStartWith("Small sample: 29 complete cases for 6 free parameters");
    }

    [Fact]
    public void As_many_free_parameters_as_cases_is_a_stronger_warning()
    {
        Fitted(nUsed: 6, free: 6).Warnings.ShouldHaveSingleItem().ShouldContain("not more cases than parameters");
    }

    [Fact]
    public void Non_convergence_and_failed_bootstrap_resamples_are_warned_about()
    {
        var outcome = Fitted(nUsed: 100, free: 3) with { Converged = false, BootstrapRequested = 1000, BootstrapSucceeded = 990 };

        outcome.Warnings.ShouldBe(
        [
            "The estimation did not converge: the numbers below are from the last iteration, not a solution.",
            "10 of 1000 bootstrap resamples failed (did not converge or had a singular covariance) and were left out of the intervals.",
        ]);
    }

    [Fact]
    public void A_stored_result_reads_back_equal_including_undefined_measures()
    {
        var outcome = Fitted(nUsed: 40, free: 6) with
        {
            Parameters = [new SemParameter("y", "~", "x", "a", 0.5, 0.1, 5, 1e-7, 0.3, 0.7, 0.45)],
            Intervals = [new DefinedInterval("ind", 0.2, 0.05, 0.1, 0.3)],
        };

        var back = ModelOutcome.FromJson(outcome.ToJson())!;

        back.Fit!.Tli.ShouldBe(double.NaN);
        back.Fit.ShouldBe(outcome.Fit);
        back.Parameters.ShouldBe(outcome.Parameters);
        back.Intervals.ShouldBe(outcome.Intervals);
        ModelOutcome.FromJson("{not json").ShouldBeNull("an unreadable result is computed again rather than shown");
    }

    [Fact]
    public void An_unknown_variable_is_named_with_a_hint_for_categories_and_multiple_choice_items()
    {
        var dataset = SurveyDataset.Build(StudyResponses.NumberedInstrument(), []);

        ModelRun.Check(dataset, "internal_efficacy ~ race + social_media + nowhere")
            .ShouldBe("The model names variables the survey does not have: race (a category, not a number), social_media (several choices: use social_media_n, the number chosen), nowhere.");
        ModelRun.Check(dataset, "internal_efficacy ~ social_media_n").ShouldBeNull();
    }
}
