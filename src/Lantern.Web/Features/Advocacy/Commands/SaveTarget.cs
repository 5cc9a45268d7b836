using System.ComponentModel.DataAnnotations;
using Lantern.Web.Data;
using Lantern.Web.Features.Advocacy.Catalogues;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Advocacy.Commands;

/// <summary>Step 4: a target and where it sits in the impact × influence matrix.</summary>
public sealed class TargetInput
{
    [Required, StringLength(300)]
    public string Name { get; set; } = "";

    [EnumDataType(typeof(TargetGroup), ErrorMessage = "Choose a group from the list.")]
    public TargetGroup Group { get; set; } = TargetGroup.Other;

    [StringLength(64)]
    public string? CatalogueCode { get; set; }

    [EnumDataType(typeof(Impact), ErrorMessage = "Impact is either high or low.")]
    public Impact Impact { get; set; } = Impact.High;

    [EnumDataType(typeof(Influence), ErrorMessage = "A target is either easy or difficult to influence.")]
    public Influence Influence { get; set; } = Influence.Easy;

    [StringLength(2000)]
    public string? Notes { get; set; }

    /// <summary>The hard-to-reach target this one is close to, if any.</summary>
    [Display(Name = "Close to")]
    public int? CloseToTargetId { get; set; }

    public static TargetInput From(AdvocacyTarget target) => new()
    {
        Name = target.Name, Group = target.Group, CatalogueCode = target.CatalogueCode, Impact = target.Impact,
        Influence = target.Influence, Notes = target.Notes, CloseToTargetId = target.CloseToTargetId,
    };

    public static TargetInput From(CatalogueTarget entry) => new() { Name = entry.Name, Group = entry.Group, CatalogueCode = entry.Code, Notes = entry.Why };
}

/// <summary>Adds a target to a campaign, or replaces the one with <c>Id</c>.</summary>
[RequirePermission(Resource.Advocacy, Operation.Edit)]
public sealed record SaveTarget(int CampaignId, int? Id, TargetInput Input) : ICommand<AdvocacyTarget>
{
    public sealed class Handler(LanternDbContext db, CampaignEditor editor) : ICommandHandler<SaveTarget, AdvocacyTarget>
    {
        public Task<CommandResult<AdvocacyTarget>> HandleAsync(SaveTarget command, CancellationToken cancellationToken)
        {
            var (campaignId, id, input) = (command.CampaignId, command.Id, command.Input);
            return editor.SaveItemAsync(campaignId, id, input,
                () => new AdvocacyTarget { CampaignId = campaignId, Name = "" },
                target =>
                {
                    target.Name = input.Name.Trim();
                    target.Group = input.Group;
                    target.CatalogueCode = input.CatalogueCode.TrimmedOrNull();
                    target.Impact = input.Impact;
                    target.Influence = input.Influence;
                    target.Notes = input.Notes.TrimmedOrNull();
                    target.CloseToTargetId = input.CloseToTargetId;
                },
                cancellationToken,
                async errors =>
                {
                    if (input.CatalogueCode is { Length: > 0 } code && TargetCatalogue.Find(code) is null)
                    {
                        errors.Add(nameof(input.CatalogueCode), "Unknown catalogue entry.");
                    }

                    if (input.CloseToTargetId is { } closeTo
                        && (closeTo == id || !await db.AdvocacyTargets.AnyAsync(t => t.Id == closeTo && t.CampaignId == campaignId, cancellationToken)))
                    {
                        errors.Add(nameof(input.CloseToTargetId), "Choose another target of this campaign.");
                    }
                });
        }
    }
}
