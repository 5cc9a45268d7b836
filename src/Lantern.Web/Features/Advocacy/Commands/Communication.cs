using System.ComponentModel.DataAnnotations;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Infrastructure;

namespace Lantern.Web.Features.Advocacy.Commands;

/// <summary>Section 9: a media-kit item.</summary>
public sealed class MediaKitInput
{
    [EnumDataType(typeof(MediaKitKind), ErrorMessage = "Choose a kind from the list.")]
    public MediaKitKind Kind { get; set; } = MediaKitKind.Faq;

    [Required, StringLength(300)]
    public string Title { get; set; } = "";

    [Required, StringLength(4000), Display(Name = "Text")]
    public string Body { get; set; } = "";

    public static MediaKitInput From(MediaKitItem item) => new() { Kind = item.Kind, Title = item.Title, Body = item.Body };
}

/// <summary>Section 9: a social-media card.</summary>
public sealed class SocialCardInput
{
    [Required, StringLength(SocialCardLimits.Headline), Display(Name = "Message")]
    public string Headline { get; set; } = "";

    [StringLength(SocialCardLimits.Figure)]
    public string? Figure { get; set; }

    [StringLength(200)]
    public string? Source { get; set; }

    [StringLength(500)]
    public string? Caption { get; set; }

    [EnumDataType(typeof(CardPalette), ErrorMessage = "Choose colours from the list.")]
    public CardPalette Palette { get; set; } = CardPalette.Night;

    public static SocialCardInput From(SocialCard card) => new()
    {
        Headline = card.Headline, Figure = card.Figure, Source = card.Source, Caption = card.Caption, Palette = card.Palette,
    };
}

/// <summary>How much text fits on a card without shrinking it below legibility.</summary>
public static class SocialCardLimits
{
    public const int Headline = 160;
    public const int Figure = 12;
}

public sealed class CommentInput
{
    [Required(ErrorMessage = "Write a comment first."), StringLength(4000), Display(Name = "Comment")]
    public string Body { get; set; } = "";
}

public sealed partial class AdvocacyCommands
{
    public Task<CommandResult<MediaKitItem>> SaveMediaKitItemAsync(int campaignId, int? id, MediaKitInput input, CancellationToken cancellationToken = default) =>
        UpsertAsync(campaignId, id, input,
            () => new MediaKitItem { CampaignId = campaignId, Title = "", Body = "" },
            item =>
            {
                item.Kind = input.Kind;
                item.Title = input.Title.Trim();
                item.Body = input.Body.Trim();
            },
            cancellationToken);

    public Task<CommandResult<SocialCard>> SaveSocialCardAsync(int campaignId, int? id, SocialCardInput input, CancellationToken cancellationToken = default) =>
        UpsertAsync(campaignId, id, input,
            () => new SocialCard { CampaignId = campaignId, Headline = "" },
            card =>
            {
                card.Headline = input.Headline.Trim();
                card.Figure = Blank(input.Figure);
                card.Source = Blank(input.Source);
                card.Caption = Blank(input.Caption);
                card.Palette = input.Palette;
            },
            cancellationToken);

    public async Task<CommandResult<CampaignComment>> AddCommentAsync(int campaignId, CampaignStep step, CommentInput input, CancellationToken cancellationToken = default)
    {
        var campaign = await EditableAsync(campaignId, cancellationToken);
        if (campaign is null)
        {
            return CommandResult<CampaignComment>.Fail("campaign", NoCampaign);
        }

        var errors = FieldErrors.Of(input);
        if (!errors.IsEmpty)
        {
            return CommandResult<CampaignComment>.Fail(errors);
        }

        var comment = new CampaignComment
        {
            CampaignId = campaignId, Step = step.Key, Body = input.Body.Trim(), UserId = access.UserId, UserName = access.UserName, At = Now,
        };
        db.CampaignComments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        return new(comment, errors);
    }
}
