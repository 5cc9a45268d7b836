using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Analysis;
using Lantern.Web.Features.Surveys.Model;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Surveys.Queries;

/// <summary>
/// A saved analysis's result as of now: the stored one while the responses are unchanged, otherwise
/// run again and stored before it is shown. Fits take milliseconds, so nobody waits for a job.
/// Storing a stale result on a read is keeping a cache, not a change anyone asked for, so it is no
/// command; a re-run somebody asks for is (<see cref="Commands.Models.RunModel"/>).
/// </summary>
public sealed class ModelResults(LanternDbContext db, TimeProvider clock)
{
    /// <returns>The analysis with its current result, or null when there is no such survey or the analysis is not one of its.</returns>
    public async Task<(SurveyAnalysis Analysis, ModelOutcome Outcome)?> CurrentAsync(int surveyId, int analysisId, bool rerun, CancellationToken cancellationToken) =>
        await SurveyQueries.LoadInstrumentAsync(db, surveyId, cancellationToken) is { } survey
            ? await CurrentAsync(survey, analysisId, rerun, cancellationToken)
            : null;

    /// <param name="rerun">Run even when the stored result is current (the Re-run button).</param>
    /// <returns>The analysis with its current result, or null when it is not one of this survey's.</returns>
    public async Task<(SurveyAnalysis Analysis, ModelOutcome Outcome)?> CurrentAsync(Survey survey, int analysisId, bool rerun, CancellationToken cancellationToken)
    {
        var analysis = await db.SurveyAnalyses.SingleOrDefaultAsync(a => a.Id == analysisId && a.SurveyId == survey.Id, cancellationToken);
        if (analysis is null)
        {
            return null;
        }

        var stamp = await SurveyData.StampAsync(db, survey, cancellationToken);
        var stored = ModelOutcome.FromJson(analysis.ResultJson);
        if (!rerun && stored is not null && analysis.ResultDataStamp == stamp)
        {
            return (analysis, stored);
        }

        var dataset = await SurveyData.DatasetAsync(db, survey, cancellationToken);
        var outcome = ModelRun.Run(dataset, analysis.Syntax, analysis.BootstrapDraws, analysis.Seed);
        analysis.ResultJson = outcome.ToJson();
        analysis.ResultDataStamp = stamp;
        analysis.ComputedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return (analysis, outcome);
    }
}
