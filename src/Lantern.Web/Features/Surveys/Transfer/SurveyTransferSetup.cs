namespace Lantern.Web.Features.Surveys.Transfer;

public static class SurveyTransferSetup
{
    public static WebApplicationBuilder AddSurveyTransfer(this WebApplicationBuilder builder) => builder;

    public static void MapSurveyTransfer(this IEndpointRouteBuilder app)
    {
    }
}
