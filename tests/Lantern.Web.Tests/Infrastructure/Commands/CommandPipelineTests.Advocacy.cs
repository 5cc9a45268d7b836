using Lantern.Web.Features.Advocacy.Commands;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Infrastructure.Commands;

/// <summary>The advocacy planner's samples, each on a campaign of its own started through <see cref="CreateCampaign"/>.</summary>
public abstract partial class CommandPipelineTests
{
    private static Dictionary<Type, Func<LanternFactory, Task<object>>> AdvocacySamples() => new()
    {
        [typeof(CreateCampaign)] = _ => Task.FromResult<object>(new CreateCampaign(CampaignSample())),
        [typeof(UpdateCampaign)] = async app => new UpdateCampaign(await NewCampaignAsync(app), CampaignSample()),
        [typeof(SetPublicMessage)] = async app => new SetPublicMessage(await NewCampaignAsync(app), new PublicMessageInput { Message = "E-trafficking is trafficking.", Evidence = "Palermo Protocol" }),
        [typeof(AddMember)] = async app => new AddMember(await NewCampaignAsync(app), await app.EnsureUser(Role.Viewer)),
        [typeof(RemoveMember)] = async app =>
        {
            var campaign = await NewCampaignAsync(app);
            var member = await RunAdvocacyAsync(app, new AddMember(campaign, await app.EnsureUser(Role.Viewer)));
            return new RemoveMember(campaign, member.UserId);
        },
        [typeof(AddEvidence)] = async app => new AddEvidence(await NewCampaignAsync(app), new EvidenceInput { Title = "GRETA summary", Url = "https://rm.coe.int/greta" }, File: null),
        [typeof(SaveObjective)] = async app => new SaveObjective(await NewCampaignAsync(app), null, ObjectiveSample()),
        [typeof(SaveTarget)] = async app => new SaveTarget(await NewCampaignAsync(app), null, new TargetInput { Name = "Job platforms" }),
        [typeof(SaveTactic)] = async app => new SaveTactic(await NewCampaignAsync(app), null, new TacticInput { Title = "Open letter" }),
        [typeof(SaveActivity)] = async app =>
        {
            var campaign = await NewCampaignAsync(app);
            var tactic = await RunAdvocacyAsync(app, new SaveTactic(campaign, null, new TacticInput { Title = "Open letter" }));
            return new SaveActivity(campaign, null, new ActivityInput
            {
                TacticId = tactic.Id, Title = "Draft the letter", StartDate = new(2026, 2, 1), EndDate = new(2026, 2, 14), Owner = "Ana",
            });
        },
        [typeof(SaveMessage)] = async app =>
        {
            var campaign = await NewCampaignAsync(app);
            var target = await RunAdvocacyAsync(app, new SaveTarget(campaign, null, new TargetInput { Name = "Job platforms" }));
            return new SaveMessage(campaign, null, new MessageInput { TargetId = target.Id, Text = "Add a report button.", Evidence = "Three in four victims were recruited online." });
        },
        [typeof(SaveRisk)] = async app => new SaveRisk(await NewCampaignAsync(app), null, RiskSample()),
        [typeof(SaveIndicator)] = async app => new SaveIndicator(await NewCampaignAsync(app), null, IndicatorSample()),
        [typeof(AddReading)] = async app =>
        {
            var campaign = await NewCampaignAsync(app);
            var indicator = await RunAdvocacyAsync(app, new SaveIndicator(campaign, null, IndicatorSample()));
            return new AddReading(campaign, indicator.Id, new ReadingInput { Date = new(2026, 6, 1), Value = 1 });
        },
        [typeof(SaveEvaluation)] = async app => new SaveEvaluation(await NewCampaignAsync(app), EvaluationStage.MidTerm,
            new EvaluationInput { Answers = [new EvaluationAnswerInput { QuestionCode = "mid-tactics", Answer = EvaluationAnswerValue.Partly }] }),
        [typeof(SaveMediaKitItem)] = async app => new SaveMediaKitItem(await NewCampaignAsync(app), null, new MediaKitInput { Title = "What is e-trafficking?", Body = "Recruitment online." }),
        [typeof(SaveSocialCard)] = async app => new SaveSocialCard(await NewCampaignAsync(app), null, new SocialCardInput { Headline = "3 in 4 victims were recruited online" }),
        [typeof(AddComment)] = async app => new AddComment(await NewCampaignAsync(app), CampaignStep.Risks, new CommentInput { Body = "Who staffs the helpline?" }),
        [typeof(DeleteCampaignItem)] = async app =>
        {
            var campaign = await NewCampaignAsync(app);
            var risk = await RunAdvocacyAsync(app, new SaveRisk(campaign, null, RiskSample()));
            return new DeleteCampaignItem(campaign, CampaignItemKind.Risk, risk.Id);
        },
    };

    private static CampaignInput CampaignSample() => new() { Name = $"Campaign {Guid.NewGuid():N}", Status = CampaignStatus.Active };

    private static ObjectiveInput ObjectiveSample() => new() { Statement = "Platforms add a report button.", MeasurableTarget = "Three platforms", DueDate = new(2026, 9, 30) };

    private static RiskInput RiskSample() => new() { Description = "Backlash", Mitigation = "Prepare answers" };

    private static IndicatorInput IndicatorSample() => new()
    {
        Name = "Platforms with a report button", Unit = "platforms", Baseline = 0, BaselineDate = new(2026, 1, 1), TargetValue = 3, DueDate = new(2026, 12, 31),
    };

    /// <summary>A public campaign: outside a request nobody is a member, so a private one would be out of every command's reach.</summary>
    private static async Task<int> NewCampaignAsync(LanternFactory app) => (await RunAdvocacyAsync(app, new CreateCampaign(CampaignSample()))).Id;

    private static Task<T> RunAdvocacyAsync<T>(LanternFactory app, ICommand<T> command) => app.WithScope(async services =>
    {
        var result = await services.GetRequiredService<CommandRunner>().RunAsync(command);
        result.Succeeded.ShouldBeTrue(string.Join(" ", result.Errors.Messages));
        return result.Value!;
    });
}
