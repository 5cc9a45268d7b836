using System.ComponentModel.DataAnnotations;
using Lantern.Statistics.Sem.Syntax;
using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Analysis;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Features.Surveys.Queries;
using Lantern.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Surveys.Commands.Models;

public sealed class ModelInput
{
    [Required(ErrorMessage = "Give the analysis a name."), StringLength(200)]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Write the model in lavaan syntax."), StringLength(20_000)]
    public string Syntax { get; set; } = "";

    [Range(0, ModelRun.MaxBootstrapDraws, ErrorMessage = "Bootstrap draws run from 0 (none) to 5000.")]
    public int BootstrapDraws { get; set; }

    public int Seed { get; set; } = 1;

    public static ModelInput From(SurveyAnalysis analysis) =>
        new() { Name = analysis.Name, Syntax = analysis.Syntax, BootstrapDraws = analysis.BootstrapDraws, Seed = analysis.Seed };
}

/// <summary>
/// Saving and deleting analyses. A model is saved only when its syntax parses and every variable it
/// names is one the survey has, so a saved analysis always runs; its old result is dropped, so the
/// next view computes the new one.
/// </summary>
public sealed class ModelCommands(LanternDbContext db, TimeProvider clock)
{
    public async Task<CommandResult<SurveyAnalysis>> SaveAsync(Survey survey, int? analysisId, ModelInput input, CancellationToken cancellationToken)
    {
        var analysis = analysisId is { } id
            ? await db.SurveyAnalyses.SingleOrDefaultAsync(a => a.Id == id && a.SurveyId == survey.Id, cancellationToken)
            : null;
        if (analysisId is not null && analysis is null)
        {
            return CommandResult<SurveyAnalysis>.Fail("id", "No such analysis in this survey.");
        }

        var errors = FieldErrors.Of(input);
        if (errors.IsEmpty)
        {
            // Variable names come from the instrument alone, so no responses are needed to check them.
            if (ModelRun.Check(SurveyDataset.Build(survey, []), input.Syntax) is { } problem)
            {
                errors.Add(nameof(ModelInput.Syntax), problem);
            }
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<SurveyAnalysis>.Fail(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (analysis is null)
        {
            analysis = new SurveyAnalysis { SurveyId = survey.Id, Name = "", Syntax = "", CreatedAt = now };
            db.Add(analysis);
        }

        analysis.Name = input.Name.Trim();
        analysis.Syntax = input.Syntax.Trim();
        analysis.BootstrapDraws = input.BootstrapDraws;
        analysis.Seed = input.Seed;
        analysis.UpdatedAt = now;
        (analysis.ResultJson, analysis.ResultDataStamp, analysis.ComputedAt) = (null, null, null);
        await db.SaveChangesAsync(cancellationToken);
        return new(analysis, errors);
    }

    public async Task<bool> DeleteAsync(int surveyId, int analysisId, CancellationToken cancellationToken) =>
        await db.DeleteAsync(db.SurveyAnalyses.Where(a => a.Id == analysisId && a.SurveyId == surveyId), cancellationToken) == 1;
}
