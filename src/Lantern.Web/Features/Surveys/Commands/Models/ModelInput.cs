using System.ComponentModel.DataAnnotations;
using Lantern.Web.Features.Surveys.Analysis;
using Lantern.Web.Features.Surveys.Model;

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
