using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Collection;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Surveys.Commands.Waves;

/// <summary>Issues single-use invitation tokens for a wave; answers the new tokens, which exist nowhere else: only their hashes are stored.</summary>
[RequirePermission(Resource.Surveys, Operation.Edit)]
public sealed record IssueInvitations(int SurveyId, int WaveId, int Count) : ICommand<IReadOnlyList<string>>
{
    public const int MaxInvitations = 5000;

    public sealed class Handler(LanternDbContext db, SurveyChanges changes) : ICommandHandler<IssueInvitations, IReadOnlyList<string>>
    {
        public async Task<CommandResult<IReadOnlyList<string>>> HandleAsync(IssueInvitations command, CancellationToken cancellationToken)
        {
            if (!await db.SurveyWaves.AnyAsync(w => w.Id == command.WaveId && w.SurveyId == command.SurveyId, cancellationToken))
            {
                return SurveyChanges.NoSuch<IReadOnlyList<string>>("wave");
            }

            if (command.Count is < 1 or > MaxInvitations)
            {
                return CommandResult<IReadOnlyList<string>>.Fail("Count", $"Ask for 1 to {MaxInvitations} invitations.");
            }

            var tokens = Enumerable.Range(0, command.Count).Select(_ => WaveKeys.NewInvitationToken()).ToList();
            var now = changes.Now;
            db.WaveInvitations.AddRange(tokens.Select(token => new WaveInvitation { WaveId = command.WaveId, TokenHash = WaveKeys.HashOf(token), CreatedAt = now }));
            await db.SaveChangesAsync(cancellationToken);
            return new(tokens, new FieldErrors());
        }
    }
}
