using System.ComponentModel.DataAnnotations;
using Lantern.Web.Data;
using Lantern.Web.Features.Advocacy.Catalogues;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Advocacy.Commands;

/// <summary>Step 6: a message for one target, brief and backed by evidence.</summary>
public sealed class MessageInput
{
    [Required(ErrorMessage = "Choose the target."), Display(Name = "Target")]
    public int? TargetId { get; set; }

    [StringLength(64), Display(Name = "Theme")]
    public string? ThemeCode { get; set; }

    [Required, StringLength(2000), Display(Name = "Message")]
    public string Text { get; set; } = "";

    [Required(ErrorMessage = "Say what evidence backs the message."), StringLength(2000)]
    public string Evidence { get; set; } = "";

    public static MessageInput From(TargetMessage message) => new()
    {
        TargetId = message.TargetId, ThemeCode = message.ThemeCode, Text = message.Text, Evidence = message.Evidence,
    };

    public static MessageInput From(MessageTheme theme) => new() { ThemeCode = theme.Code, Text = theme.Message, Evidence = theme.EvidenceHint };
}

/// <summary>Adds a message for one of the campaign's targets, or replaces the one with <c>Id</c>.</summary>
[RequirePermission(Resource.Advocacy, Operation.Edit)]
public sealed record SaveMessage(int CampaignId, int? Id, MessageInput Input) : ICommand<TargetMessage>
{
    public sealed class Handler(LanternDbContext db, CampaignEditor editor) : ICommandHandler<SaveMessage, TargetMessage>
    {
        public Task<CommandResult<TargetMessage>> HandleAsync(SaveMessage command, CancellationToken cancellationToken)
        {
            var (campaignId, input) = (command.CampaignId, command.Input);
            return editor.SaveItemAsync(campaignId, command.Id, input,
                () => new TargetMessage { CampaignId = campaignId, Text = "", Evidence = "" },
                message =>
                {
                    message.TargetId = input.TargetId!.Value;
                    message.ThemeCode = input.ThemeCode.TrimmedOrNull();
                    message.Text = input.Text.Trim();
                    message.Evidence = input.Evidence.Trim();
                },
                cancellationToken,
                async errors =>
                {
                    if (input.TargetId is { } targetId && !await db.AdvocacyTargets.AnyAsync(t => t.Id == targetId && t.CampaignId == campaignId, cancellationToken))
                    {
                        errors.Add(nameof(input.TargetId), "Choose a target of this campaign.");
                    }

                    if (input.ThemeCode is { Length: > 0 } code && MessageThemes.Find(code) is null)
                    {
                        errors.Add(nameof(input.ThemeCode), "Unknown theme.");
                    }
                });
        }
    }
}
