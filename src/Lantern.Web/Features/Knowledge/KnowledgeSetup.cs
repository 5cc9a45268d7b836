using Lantern.Web.Features.Knowledge.Api;
using Lantern.Web.Features.Knowledge.Queries;

namespace Lantern.Web.Features.Knowledge;

/// <summary>
/// The knowledge base: articles and hotlines kept as files in the repository and embedded in the
/// app, so it has no tables and no commands; changing it is a change to the code, reviewed as such.
/// </summary>
public static class KnowledgeSetup
{
    public static WebApplicationBuilder AddKnowledgeBase(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(_ => KnowledgeBase.FromEmbeddedResources());
        return builder;
    }

    public static void MapKnowledge(this IEndpointRouteBuilder app) => app.MapKnowledgeApi();
}
