using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Answers;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Features.Surveys.Templates;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Surveys.Demo;

/// <summary>The engagement survey with 48 made-up respondents (the study's analysed n), so the analysis pages have data.</summary>
public static class DemoSurvey
{
    public const string Title = "Anti-trafficking engagement survey (demo)";
    public const int Respondents = 48;

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        if (await db.Surveys.AnyAsync(s => s.Title == Title, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var survey = PoliticalEfficacyTemplate.Build(now);
        survey.Title = Title;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Surveys.Add(survey);
        await db.SaveChangesAsync(cancellationToken);
        db.SurveyAnalyses.AddRange(PoliticalEfficacyTemplate.Analyses(survey, now));

        var sheet = new AnswerSheet(survey);
        var people = SimulatedRespondents.Generate(Respondents, seed: 2020);
        for (var i = 0; i < people.Count; i++)
        {
            var (answers, errors) = sheet.Check(people[i].GetValueOrDefault);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"Simulated respondent {i} does not fit the instrument: {string.Join("; ", errors)}");
            }

            db.SurveyResponses.Add(new SurveyResponse
            {
                SurveyId = survey.Id,
                Origin = ResponseOrigin.Import,
                // Spread over the study's four weeks of collection.
                SubmittedAt = SurveyResponse.DayOf(now.AddDays(-28 + i * 28 / people.Count)),
                Language = survey.DefaultLanguage,
                AnswersJson = AnswerSheet.ToJson(answers),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
