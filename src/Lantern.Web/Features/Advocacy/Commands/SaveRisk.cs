using System.ComponentModel.DataAnnotations;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

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

/// <summary>Adds a risk to a campaign, or replaces the one with <c>Id</c>.</summary>
[RequirePermission(Resource.Advocacy, Operation.Edit)]
public sealed record SaveRisk(int CampaignId, int? Id, RiskInput Input) : ICommand<Risk>
{
    public sealed class Handler(CampaignEditor editor) : ICommandHandler<SaveRisk, Risk>
    {
        public Task<CommandResult<Risk>> HandleAsync(SaveRisk command, CancellationToken cancellationToken)
        {
            var input = command.Input;
            return editor.SaveItemAsync(command.CampaignId, command.Id, input,
                () => new Risk { CampaignId = command.CampaignId, Description = "", Mitigation = "" },
                risk =>
                {
                    risk.Category = input.Category;
                    risk.Description = input.Description.Trim();
                    risk.Likelihood = input.Likelihood;
                    risk.Impact = input.Impact;
                    risk.Mitigation = input.Mitigation.Trim();
                    risk.Owner = input.Owner.TrimmedOrNull();
                    risk.Status = input.Status;
                },
                cancellationToken);
        }
    }
}
