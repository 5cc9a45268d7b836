using System.ComponentModel.DataAnnotations;
using Lantern.Web.Data;
using Lantern.Web.Features.Advocacy.Catalogues;
using Lantern.Web.Features.Advocacy.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Advocacy.Commands;

public sealed class EvaluationInput
{
    public List<EvaluationAnswerInput> Answers { get; set; } = [];
}

public sealed class EvaluationAnswerInput
{
    [Required, StringLength(64)]
    public string QuestionCode { get; set; } = "";

    [EnumDataType(typeof(EvaluationAnswerValue), ErrorMessage = "Answer yes, partly, no or not yet.")]
    public EvaluationAnswerValue Answer { get; set; }

    [StringLength(2000)]
    public string? Notes { get; set; }
}

/// <summary>Saves answers of one checklist at once, by question code; an answer is only stored once it says something.</summary>
[RequirePermission(Resource.Advocacy, Operation.Edit)]
public sealed record SaveEvaluation(int CampaignId, EvaluationStage Stage, EvaluationInput Input) : ICommand<Campaign>
{
    public sealed class Handler(LanternDbContext db, CampaignEditor editor) : ICommandHandler<SaveEvaluation, Campaign>
    {
        public async Task<CommandResult<Campaign>> HandleAsync(SaveEvaluation command, CancellationToken cancellationToken)
        {
            var (campaignId, stage, input) = (command.CampaignId, command.Stage, command.Input);
            var campaign = await editor.EditableAsync(campaignId, cancellationToken);
            if (campaign is null)
            {
                return CommandResult<Campaign>.Fail("campaign", CampaignEditor.NoCampaign);
            }

            var errors = Check(stage, input);
            if (!errors.IsEmpty)
            {
                return CommandResult<Campaign>.Fail(errors);
            }

            var stored = await db.EvaluationAnswers.Where(a => a.CampaignId == campaignId && a.Stage == stage).ToDictionaryAsync(a => a.QuestionCode, cancellationToken);
            foreach (var answer in input.Answers)
            {
                var notes = answer.Notes.TrimmedOrNull();
                if (!stored.TryGetValue(answer.QuestionCode, out var row))
                {
                    if (answer.Answer == EvaluationAnswerValue.NotYet && notes is null)
                    {
                        continue;
                    }

                    row = new EvaluationAnswer { CampaignId = campaignId, Stage = stage, QuestionCode = answer.QuestionCode };
                    db.Add(row);
                }

                row.Answer = answer.Answer;
                row.Notes = notes;
            }

            await editor.SaveAsync(campaign, cancellationToken);
            return new(campaign, errors);
        }

        /// <summary>Each answer's own rules, and that it answers a question of this stage's checklist.</summary>
        private static FieldErrors Check(EvaluationStage stage, EvaluationInput input)
        {
            var errors = new FieldErrors();
            var questions = EvaluationQuestions.For(stage).Select(q => q.Code).ToHashSet();
            foreach (var (answer, index) in input.Answers.Select((a, i) => (a, i)))
            {
                foreach (var message in FieldErrors.Of(answer).Messages)
                {
                    errors.Add($"Answers[{index}]", message);
                }

                if (!questions.Contains(answer.QuestionCode))
                {
                    errors.Add($"Answers[{index}]", $"\"{answer.QuestionCode}\" is not a question of the {AdvocacyLabels.Of(stage).ToLowerInvariant()}.");
                }
            }

            return errors;
        }
    }
}
