using System.ComponentModel.DataAnnotations;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Infrastructure;

namespace Lantern.Web.Features.Advocacy.Commands;

/// <summary>Step 7: a risk or challenge, rated Low / Medium / High, with its mitigation.</summary>
public sealed class RiskInput
{
    [EnumDataType(typeof(RiskCategory), ErrorMessage = "Choose a category from the list.")]
    public RiskCategory Category { get; set; } = RiskCategory.LimitedEvidence;

    [Required, StringLength(1000), Display(Name = "Risk or challenge")]
    public string Description { get; set; } = "";

    [EnumDataType(typeof(Level), ErrorMessage = "Likelihood is Low, Medium or High.")]
    public Level Likelihood { get; set; } = Level.Medium;

    [EnumDataType(typeof(Level), ErrorMessage = "Impact is Low, Medium or High.")]
    public Level Impact { get; set; } = Level.Medium;

    [Required(ErrorMessage = "Say how the risk will be mitigated."), StringLength(2000), Display(Name = "Mitigation")]
    public string Mitigation { get; set; } = "";

    [StringLength(200)]
    public string? Owner { get; set; }

    [EnumDataType(typeof(RiskStatus), ErrorMessage = "Choose a status from the list.")]
    public RiskStatus Status { get; set; } = RiskStatus.Open;

    public static RiskInput From(Risk risk) => new()
    {
        Category = risk.Category, Description = risk.Description, Likelihood = risk.Likelihood, Impact = risk.Impact,
        Mitigation = risk.Mitigation, Owner = risk.Owner, Status = risk.Status,
    };
}

public sealed partial class AdvocacyCommands
{
    public Task<CommandResult<Risk>> SaveRiskAsync(int campaignId, int? id, RiskInput input, CancellationToken cancellationToken = default) =>
        UpsertAsync(campaignId, id, input,
            () => new Risk { CampaignId = campaignId, Description = "", Mitigation = "" },
            risk =>
            {
                risk.Category = input.Category;
                risk.Description = input.Description.Trim();
                risk.Likelihood = input.Likelihood;
                risk.Impact = input.Impact;
                risk.Mitigation = input.Mitigation.Trim();
                risk.Owner = Blank(input.Owner);
                risk.Status = input.Status;
            },
            cancellationToken);
}
