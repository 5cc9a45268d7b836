using System.ComponentModel.DataAnnotations;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

namespace Lantern.Web.Features.Advocacy.Commands;

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

/// <summary>Adds a social-media card to a campaign, or replaces the one with <c>Id</c>.</summary>
[RequirePermission(Resource.Advocacy, Operation.Edit)]
public sealed record SaveSocialCard(int CampaignId, int? Id, SocialCardInput Input) : ICommand<SocialCard>
{
    public sealed class Handler(CampaignEditor editor) : ICommandHandler<SaveSocialCard, SocialCard>
    {
        public Task<CommandResult<SocialCard>> HandleAsync(SaveSocialCard command, CancellationToken cancellationToken)
        {
            var input = command.Input;
            return editor.SaveItemAsync(command.CampaignId, command.Id, input,
                () => new SocialCard { CampaignId = command.CampaignId, Headline = "" },
                card =>
                {
                    card.Headline = input.Headline.Trim();
                    card.Figure = input.Figure.TrimmedOrNull();
                    card.Source = input.Source.TrimmedOrNull();
                    card.Caption = input.Caption.TrimmedOrNull();
                    card.Palette = input.Palette;
                },
                cancellationToken);
        }
    }
}
