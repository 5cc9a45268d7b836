using Lantern.Cases.Htcds;
using Lantern.Cases.Identification;
using Lantern.Cases.Identification.Checklist;
using Lantern.Web.Features.Cases.Queries;
using Lantern.Web.Infrastructure.Auth;

namespace Lantern.Web.Features.Cases.Api;

public sealed record ChecklistItemDto(string Code, ChecklistGroup Group, string Label, string Question, string KnowledgeUrl);

public sealed record ReasonDto(ReasonKind Kind, IReadOnlyList<string> Codes, string Text);

public sealed record ProposalDto(TraffickingStatus? Status, string StatusLabel, IReadOnlyList<ReasonDto> Reasons, IReadOnlyList<ExploitationType> ExploitationTypes)
{
    public static ProposalDto From(Proposal proposal, ChecklistLanguage language) => new(
        proposal.Status,
        language.Status(proposal.Status),
        [.. proposal.Reasons.Select(reason => new ReasonDto(reason.Kind, reason.Codes, language.Explain(reason)))],
        proposal.ExploitationTypes);
}

/// <summary>The screening checklist for apps: its items, and the proposal for a filled-in checklist (nothing is stored).</summary>
public static class ScreeningApi
{
    public static void MapScreeningApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/cases/screening").WithTags("Identification").RequirePermission(Resource.Cases, Operation.Read);

        api.MapGet("/checklist", () =>
            {
                var language = ChecklistLanguage.English;
                return ChecklistCatalogue.Items.Select(item =>
                    new ChecklistItemDto(item.Code, item.Group, language.Label(item.Code), language.Question(item.Code), $"/knowledge/{item.KnowledgeSlug}"));
            })
            .WithName("GetScreeningChecklist")
            .WithSummary("Every item of the screening checklist in the order it is shown, with its wording and its knowledge-base page.");

        api.MapPost("/proposal", (ScreeningInput input) =>
            {
                var (proposal, errors) = input.Propose();
                return proposal is null
                    ? Results.ValidationProblem(errors.ToDictionary())
                    : Results.Ok(ProposalDto.From(proposal, ChecklistLanguage.English));
            })
            .WithName("ProposeTraffickingStatus")
            .WithSummary("The HTCDS trafficking status a filled-in checklist points to, with its reasons; a worker confirms it, nothing is stored.");
    }
}
