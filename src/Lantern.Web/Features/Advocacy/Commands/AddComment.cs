using System.ComponentModel.DataAnnotations;
using Lantern.Web.Data;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

namespace Lantern.Web.Features.Advocacy.Commands;

public sealed class CommentInput
{
    [Required(ErrorMessage = "Write a comment first."), StringLength(4000), Display(Name = "Comment")]
    public string Body { get; set; } = "";
}

/// <summary>Leaves a note for the other coordinators under one step of a campaign. A comment is conversation, not a change to the plan: it neither enters the change history nor marks the campaign updated.</summary>
[RequirePermission(Resource.Advocacy, Operation.Edit)]
public sealed record AddComment(int CampaignId, CampaignStep Step, CommentInput Input) : ICommand<CampaignComment>
{
    public sealed class Handler(LanternDbContext db, CampaignEditor editor) : ICommandHandler<AddComment, CampaignComment>
    {
        public async Task<CommandResult<CampaignComment>> HandleAsync(AddComment command, CancellationToken cancellationToken)
        {
            if (await editor.EditableAsync(command.CampaignId, cancellationToken) is null)
            {
                return CommandResult<CampaignComment>.Fail("campaign", CampaignEditor.NoCampaign);
            }

            var errors = FieldErrors.Of(command.Input);
            if (!errors.IsEmpty)
            {
                return CommandResult<CampaignComment>.Fail(errors);
            }

            var comment = new CampaignComment
            {
                CampaignId = command.CampaignId, Step = command.Step.Key, Body = command.Input.Body.Trim(),
                UserId = editor.UserId, UserName = editor.UserName, At = editor.Now,
            };
            db.CampaignComments.Add(comment);
            await db.SaveChangesAsync(cancellationToken);
            return new(comment, errors);
        }
    }
}
