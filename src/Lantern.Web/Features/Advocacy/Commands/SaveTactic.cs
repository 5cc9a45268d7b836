using System.ComponentModel.DataAnnotations;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

namespace Lantern.Web.Features.Advocacy.Commands;

/// <summary>Step 5: a tactic of one of the three kinds.</summary>
public sealed class TacticInput
{
    [EnumDataType(typeof(TacticKind), ErrorMessage = "Choose discreet, public or semi-public.")]
    public TacticKind Kind { get; set; } = TacticKind.Discreet;

    [Required, StringLength(300)]
    public string Title { get; set; } = "";

    [StringLength(2000)]
    public string? Description { get; set; }

    public static TacticInput From(Tactic tactic) => new() { Kind = tactic.Kind, Title = tactic.Title, Description = tactic.Description };
}

/// <summary>Adds a tactic to a campaign, or replaces the one with <c>Id</c>.</summary>
[RequirePermission(Resource.Advocacy, Operation.Edit)]
public sealed record SaveTactic(int CampaignId, int? Id, TacticInput Input) : ICommand<Tactic>
{
    public sealed class Handler(CampaignEditor editor) : ICommandHandler<SaveTactic, Tactic>
    {
        public Task<CommandResult<Tactic>> HandleAsync(SaveTactic command, CancellationToken cancellationToken)
        {
            var input = command.Input;
            return editor.SaveItemAsync(command.CampaignId, command.Id, input,
                () => new Tactic { CampaignId = command.CampaignId, Title = "" },
                tactic =>
                {
                    tactic.Kind = input.Kind;
                    tactic.Title = input.Title.Trim();
                    tactic.Description = input.Description.TrimmedOrNull();
                },
                cancellationToken);
        }
    }
}
