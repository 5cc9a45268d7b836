using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auth;
using Lantern.Web.Infrastructure.Commands;

namespace Lantern.Web.Features.Surveys.Commands.Instruments;

/// <summary>Adds a scale (<paramref name="ScaleId"/> null) or replaces one: its variable name, scoring and members.</summary>
[RequirePermission(Resource.Surveys, Operation.Edit)]
public sealed record SaveScale(int SurveyId, int? ScaleId, ScaleInput Input) : ICommand<SurveyScale>
{
    public sealed class Handler(SurveyChanges changes) : ICommandHandler<SaveScale, SurveyScale>
    {
        public Task<CommandResult<SurveyScale>> HandleAsync(SaveScale command, CancellationToken cancellationToken) =>
            changes.ChangeAsync(command.SurveyId, (survey, errors) => Task.FromResult(Apply(survey, command, errors)), cancellationToken);

        private static SurveyScale? Apply(Survey survey, SaveScale command, FieldErrors errors)
        {
            var input = command.Input;
            var scale = command.ScaleId is { } id ? survey.Scales.SingleOrDefault(s => s.Id == id) : null;
            if (command.ScaleId is not null && scale is null)
            {
                return null;
            }

            errors.AddAnnotationErrors(input);
            var name = input.Name?.Trim() ?? "";
            CheckName(survey, scale, name, errors);
            var members = input.Members.Where(m => m.Value != ScaleMembership.Out).ToList();
            CheckMembers(survey, members, errors);
            if (!errors.IsEmpty)
            {
                return null;
            }

            if (scale is null)
            {
                scale = new SurveyScale { Name = name };
                survey.Scales.Add(scale);
            }

            scale.Name = name;
            scale.Label = input.Label?.Trim() ?? "";
            scale.Scoring = input.Scoring;
            scale.Items.RemoveAll(m => !members.Exists(n => n.Key == m.ItemId));
            foreach (var (itemId, membership) in members)
            {
                var member = scale.Items.SingleOrDefault(m => m.ItemId == itemId);
                if (member is null)
                {
                    member = new ScaleItem { ItemId = itemId };
                    scale.Items.Add(member);
                }

                member.Reversed = membership == ScaleMembership.Reversed;
            }

            return scale;
        }

        private static void CheckName(Survey survey, SurveyScale? scale, string name, FieldErrors errors)
        {
            const string Field = nameof(ScaleInput.Name);
            if (name.Length > 0 && !SurveyNames.IsValid(name))
            {
                errors.Add(Field, $"Variable name “{name}” is not valid: use {SurveyNames.Rule}.");
            }
            else if (survey.Items.Any(i => i.Name == name))
            {
                errors.Add(Field, $"Variable name “{name}” is already used by an item of this survey.");
            }
            else if (survey.Scales.Any(s => s != scale && s.Name == name))
            {
                errors.Add(Field, $"Variable name “{name}” is already used by another scale of this survey.");
            }
            else if (SurveyNames.IsCountVariableOf(survey, name))
            {
                errors.Add(Field, $"Variable name “{name}” is how analyses count the answers of a multiple-choice item; choose another.");
            }
        }

        private static void CheckMembers(Survey survey, List<KeyValuePair<int, ScaleMembership>> members, FieldErrors errors)
        {
            const string Field = nameof(ScaleInput.Members);
            foreach (var (itemId, _) in members)
            {
                var item = survey.Items.SingleOrDefault(i => i.Id == itemId);
                if (item is null)
                {
                    errors.Add(Field, "Choose items of this survey.");
                }
                else if (!ItemRules.CanBeScored(item.Type))
                {
                    errors.Add(Field, $"Item {item.Name} cannot be scored: a scale holds only Likert, whole-number and decimal items.");
                }
            }

            if (members.Count == 0)
            {
                errors.Add(Field, "Choose at least one item for the scale.");
            }
        }
    }
}
