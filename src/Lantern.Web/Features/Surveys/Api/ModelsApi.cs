using Lantern.Statistics.Sem;
using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Analysis;
using Lantern.Web.Features.Surveys.Commands.Models;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Features.Surveys.Queries;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Surveys.Api;

/// <summary>One row of lavaan's parameter table. Null where lavaan prints NA or a number is undefined.</summary>
public sealed record ParameterDto(
    string Lhs, string Op, string Rhs, string? Label, double? Est, double? Se, double? Z, double? PValue, double? CiLower, double? CiUpper, double? StdAll)
{
    public static ParameterDto From(SemParameter p) => new(
        p.Lhs, p.Op, p.Rhs, p.Label, Numbers.Finite(p.Estimate), Numbers.Finite(p.StandardError), Numbers.Finite(p.Z), Numbers.Finite(p.PValue),
        Numbers.Finite(p.CiLower), Numbers.Finite(p.CiUpper), Numbers.Finite(p.StdAll));
}

public sealed record IntervalDto(string Name, double? Estimate, double? StandardError, double? Lower, double? Upper);

/// <summary>
/// A model's current result: an error in words, or the estimates, the fit measures under lavaan's
/// names (as the CLI and the CSV name them), bootstrap intervals, warnings and the path diagram.
/// </summary>
public sealed record ModelResultDto(
    int NTotal, int? NUsed, string? Error, bool Converged, int FreeParameters, IReadOnlyList<ParameterDto> Parameters,
    IReadOnlyDictionary<string, double?>? Fit, int BootstrapRequested, int BootstrapSucceeded, int BootstrapSeed,
    IReadOnlyList<IntervalDto> Intervals, IReadOnlyList<string> Warnings, string? DiagramSvg)
{
    public static ModelResultDto From(ModelOutcome o) => new(
        o.NTotal, o.NUsed, o.Error, o.Converged, o.FreeParameters, [.. o.Parameters.Select(ParameterDto.From)],
        o.Fit is { } fit ? FitMeasureCatalogue.All.ToDictionary(m => m.Name, m => Numbers.Finite(m.Value(fit))) : null,
        o.BootstrapRequested, o.BootstrapSucceeded, o.BootstrapSeed,
        [.. o.Intervals.Select(i => new IntervalDto(i.Name, Numbers.Finite(i.Estimate), Numbers.Finite(i.StandardError), Numbers.Finite(i.Lower), Numbers.Finite(i.Upper)))],
        o.Warnings, o.DiagramSvg);
}

/// <summary>A saved path model in lavaan syntax; with its result when asked for one model.</summary>
public sealed record ModelDto(
    int Id, int SurveyId, string Name, string Syntax, int BootstrapDraws, int Seed, DateTime CreatedAt, DateTime UpdatedAt, DateTime? ComputedAt, ModelResultDto? Result)
{
    public static ModelDto From(SurveyAnalysis a, ModelOutcome? outcome) => new(
        a.Id, a.SurveyId, a.Name, a.Syntax, a.BootstrapDraws, a.Seed, a.CreatedAt, a.UpdatedAt, a.ComputedAt, outcome is null ? null : ModelResultDto.From(outcome));
}

/// <summary>
/// Saved path models and their results. Results are aggregates, so reading the survey is enough; a
/// result is computed when the responses changed since the last run, exactly as the model page does.
/// </summary>
internal static class ModelsApi
{
    public static void MapModelsApi(this RouteGroupBuilder surveys)
    {
        var read = surveys.MapGroup("/{surveyId:int}/models").RequirePermission(Resource.Surveys, Operation.Read);
        var edit = surveys.MapGroup("/{surveyId:int}/models").RequirePermission(Resource.Surveys, Operation.Edit);

        read.MapGet("", async (int surveyId, LanternDbContext db, CancellationToken ct) =>
                await db.Surveys.AnyAsync(s => s.Id == surveyId, ct)
                    ? Results.Ok((await db.SurveyAnalyses.AsNoTracking().Where(a => a.SurveyId == surveyId).OrderBy(a => a.Id).ToListAsync(ct))
                        .Select(a => ModelDto.From(a, null)).ToList())
                    : Results.NotFound())
            .WithName("ListSurveyModels")
            .WithSummary("A survey's saved path models, without their results.");

        read.MapGet("/{analysisId:int}", async (int surveyId, int analysisId, ModelResults results, CancellationToken ct) =>
                await results.CurrentAsync(surveyId, analysisId, rerun: false, ct) is { } current
                    ? Results.Ok(ModelDto.From(current.Analysis, current.Outcome))
                    : Results.NotFound())
            .WithName("GetSurveyModel")
            .WithSummary("One path model with its current result: parameter table, fit measures, bootstrap intervals, warnings and diagram.");

        edit.MapPost("", async (int surveyId, ModelInput input, CommandRunner runner, CancellationToken ct) =>
                (await runner.RunAsync(new SaveModel(surveyId, null, input), ct))
                    .ToCreated(a => $"/api/surveys/{surveyId}/models/{a.Id}", a => ModelDto.From(a, null)))
            .WithName("CreateSurveyModel")
            .WithSummary("Saves a model in lavaan syntax; 400 when it does not parse or names a variable the survey lacks.");

        edit.MapPut("/{analysisId:int}", async (int surveyId, int analysisId, ModelInput input, CommandRunner runner, CancellationToken ct) =>
                (await runner.RunAsync(new SaveModel(surveyId, analysisId, input), ct)).ToOk(a => ModelDto.From(a, null)))
            .WithName("UpdateSurveyModel")
            .WithSummary("Replaces a model's name, syntax and bootstrap settings; its old result is dropped.");

        edit.MapPost("/{analysisId:int}/run", async (int surveyId, int analysisId, CommandRunner runner, CancellationToken ct) =>
                (await runner.RunAsync(new RunModel(surveyId, analysisId), ct)).ToOk(current => ModelDto.From(current.Analysis, current.Outcome)))
            .WithName("RunSurveyModel")
            .WithSummary("Runs the model again on the current responses and answers with the new result.");

        edit.MapDelete("/{analysisId:int}", async (int surveyId, int analysisId, CommandRunner runner, CancellationToken ct) =>
                (await runner.RunAsync(new DeleteModel(surveyId, analysisId), ct)).ToNoContent())
            .WithName("DeleteSurveyModel")
            .WithSummary("Deletes a saved model.");
    }
}
