using Lantern.Web.Features.Surveys.Analysis;
using Lantern.Web.Features.Surveys.Api;
using Lantern.Web.Features.Surveys.Collection;
using Lantern.Web.Features.Surveys.Instruments;
using Lantern.Web.Features.Surveys.Transfer;

namespace Lantern.Web.Features.Surveys;

/// <summary>Engagement surveys: building instruments, collecting and moving responses, and analysing them.</summary>
public static class SurveysSetup
{
    public static WebApplicationBuilder AddSurveys(this WebApplicationBuilder builder) =>
        builder.AddInstruments().AddCollection().AddSurveyTransfer().AddSurveyAnalysis();

    public static void MapSurveys(this IEndpointRouteBuilder app)
    {
        app.MapInstruments();
        app.MapCollection();
        app.MapSurveyTransfer();
        app.MapSurveyAnalysis();
        app.MapSurveysApi();
    }
}
