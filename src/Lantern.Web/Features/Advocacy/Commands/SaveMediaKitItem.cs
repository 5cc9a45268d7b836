using System.ComponentModel.DataAnnotations;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

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

/// <summary>Adds an item to a campaign's media kit, or replaces the one with <c>Id</c>.</summary>
[RequirePermission(Resource.Advocacy, Operation.Edit)]
public sealed record SaveMediaKitItem(int CampaignId, int? Id, MediaKitInput Input) : ICommand<MediaKitItem>
{
    public sealed class Handler(CampaignEditor editor) : ICommandHandler<SaveMediaKitItem, MediaKitItem>
    {
        public Task<CommandResult<MediaKitItem>> HandleAsync(SaveMediaKitItem command, CancellationToken cancellationToken)
        {
            var input = command.Input;
            return editor.SaveItemAsync(command.CampaignId, command.Id, input,
                () => new MediaKitItem { CampaignId = command.CampaignId, Title = "", Body = "" },
                item =>
                {
                    item.Kind = input.Kind;
                    item.Title = input.Title.Trim();
                    item.Body = input.Body.Trim();
                },
                cancellationToken);
        }
    }
}
