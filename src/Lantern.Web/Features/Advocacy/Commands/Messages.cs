using System.ComponentModel.DataAnnotations;
using Lantern.Web.Features.Advocacy.Catalogues;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Infrastructure;
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

public sealed partial class AdvocacyCommands
{
    public Task<CommandResult<TargetMessage>> SaveMessageAsync(int campaignId, int? id, MessageInput input, CancellationToken cancellationToken = default) =>
        UpsertAsync(campaignId, id, input,
            () => new TargetMessage { CampaignId = campaignId, Text = "", Evidence = "" },
            message =>
            {
                message.TargetId = input.TargetId!.Value;
                message.ThemeCode = Blank(input.ThemeCode);
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
