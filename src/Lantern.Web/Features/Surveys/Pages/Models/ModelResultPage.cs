using Lantern.Web.Features.Surveys.Analysis;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Features.Surveys.Pages;
using Lantern.Web.Features.Surveys.Queries;
using Microsoft.AspNetCore.Components;

namespace Lantern.Web.Features.Surveys.Pages.Models;

/// <summary>What the pages of one saved model start with: the analysis and its current result (re-run first when stale), or a 404.</summary>
public abstract class ModelResultPage : SurveyPage
{
    [Parameter] public int AnalysisId { get; set; }

    [Inject] protected ModelResults Results { get; set; } = default!;

    protected SurveyAnalysis? Analysis { get; private set; }

    protected ModelOutcome? Outcome { get; private set; }

    protected string DiagramUrl => $"/surveys/{SurveyId}/models/{AnalysisId}/diagram.svg";

    protected override async Task LoadAsync(Survey survey)
    {
        if (await Results.CurrentAsync(survey, AnalysisId, rerun: false, Aborted) is { } current)
        {
            (Analysis, Outcome) = current;
        }
        else
        {
            NotFound();
        }
    }
}
