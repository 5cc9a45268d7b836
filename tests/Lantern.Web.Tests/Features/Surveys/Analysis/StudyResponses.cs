using System.Globalization;
using Lantern.Web.Features.Surveys.Answers;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Features.Surveys.Templates;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Surveys.Analysis;

/// <summary>
/// Made-up respondents to the study instrument whose answers carry the study's story: belonging to
/// more organisations goes with higher internal efficacy and knowing more resources, and both with
/// attending more events; heavy social media use goes with lower efficacy. Fixed seed, so every run
/// sees the same data.
/// </summary>
internal static class StudyResponses
{
    public static readonly DateTime FirstDay = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>The template instrument with item ids set, for tests that need no database.</summary>
    public static Survey NumberedInstrument() => Numbered(PoliticalEfficacyTemplate.Build(FirstDay));

    /// <summary>Gives a new instrument's items the ids the database would, and its scales their item ids.</summary>
    public static Survey Numbered(Survey survey)
    {
        for (var i = 0; i < survey.Items.Count; i++)
        {
            survey.Items[i].Id = i + 1;
        }

        foreach (var member in survey.Scales.SelectMany(s => s.Items))
        {
            member.ItemId = member.Item!.Id;
        }

        return survey;
    }

    /// <summary>Answers by item id, one dictionary per respondent.</summary>
    public static List<Dictionary<int, string>> Answers(Survey survey, int count, int seed = 2021)
    {
        var random = new Random(seed);
        var item = survey.Items.ToDictionary(i => i.Name);
        var respondents = new List<Dictionary<int, string>>();
        for (var r = 0; r < count; r++)
        {
            var answers = new Dictionary<int, string>();
            void Set(string name, string value) => answers[item[name].Id] = value;
            string[] Pick(string name, int how) => [.. item[name].Choices.OrderBy(_ => random.Next()).Take(how).OrderBy(c => c.Position).Select(c => c.Value)];
            double Noise() => random.NextDouble() * 2 - 1;

            var organisations = random.Next(0, 6);
            var efficacy = Math.Clamp(2.2 + 0.7 * organisations + 1.2 * Noise(), 1, 7);
            var socialMedia = Math.Clamp((int)Math.Round(6 - 0.5 * efficacy + 1.5 * Noise()), 0, 8);
            var resources = Math.Clamp((int)Math.Round(0.9 * organisations + 1.2 * Noise() + 1), 0, 7);
            var events = Math.Max(0, (int)Math.Round(0.8 * efficacy + 0.9 * resources + 1.5 * Noise() - 2));

            for (var i = 1; i <= 5; i++)
            {
                var point = Likert(efficacy + 0.8 * Noise());
                Set($"ief{i}", (i == 4 ? 8 - point : point).ToString(CultureInfo.InvariantCulture));
            }

            for (var i = 1; i <= 9; i++)
            {
                Set($"eef{i}", Likert(4 + 2 * Noise()).ToString(CultureInfo.InvariantCulture));
            }

            for (var i = 1; i <= 4; i++)
            {
                Set($"pexp{i}", Likert(4.5 + 1.5 * Noise()).ToString(CultureInfo.InvariantCulture));
            }

            Set("activities", Math.Max(0, (int)Math.Round(efficacy + 2 * Noise())).ToString(CultureInfo.InvariantCulture));
            Set("organisations", string.Join(' ', Pick("organisations", organisations)));
            Set("ht_events", events.ToString(CultureInfo.InvariantCulture));
            Set("resources", string.Join(' ', Pick("resources", resources)));
            Set("social_media", string.Join(' ', Pick("social_media", socialMedia)));
            foreach (var name in new[] { "gender", "age_group", "race", "employment" })
            {
                Set(name, Pick(name, 1)[0]);
            }

            // Someone who chose nothing leaves the question unanswered, as the form stores it.
            respondents.Add(answers.Where(a => a.Value.Length > 0).ToDictionary());
        }

        return respondents;
    }

    /// <param name="id">A fixed id, for tests that need the dataset's order (it follows ids); otherwise a random one, as stored responses get.</param>
    public static SurveyResponse Response(int surveyId, Dictionary<int, string> answers, DateTime at, long? id = null)
    {
        var response = new SurveyResponse { SurveyId = surveyId, SubmittedAt = at, Origin = ResponseOrigin.Import, AnswersJson = AnswerSheet.ToJson(answers) };
        if (id is { } fixedId)
        {
            response.Id = fixedId;
        }

        return response;
    }

    /// <summary>A new survey from the template with <paramref name="count"/> responses spread over a few days.</summary>
    /// <param name="shape">Changes to the instrument before it is saved.</param>
    public static async Task<Survey> CreateAsync(LanternFactory app, int count, int seed = 2021, Action<Survey>? shape = null)
    {
        var survey = PoliticalEfficacyTemplate.Build(FirstDay);
        shape?.Invoke(survey);
        await app.InsertAsync(survey);
        var responses = Answers(survey, count, seed).Select((answers, i) => Response(survey.Id, answers, FirstDay.AddDays(i % 5).AddMinutes(i))).ToArray();
        await app.InsertAsync(responses);
        return survey;
    }

    private static int Likert(double value) => (int)Math.Clamp(Math.Round(value), 1, 7);
}
