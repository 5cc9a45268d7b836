using System.Globalization;
using Lantern.Statistics.Descriptive;
using Lantern.Web.Features.Surveys.Demo;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Features.Surveys;

public sealed class SimulatedRespondentsTests
{
    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [Fact]
    public void Simulated_respondents_carry_the_studys_direction_of_effects()
    {
        var people = SimulatedRespondents.Generate(600, seed: 7);
        var organisations = people.Select(p => (double)p["organisations"].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length).ToList();
        // Internal efficacy as the study scored it: ief4 reversed on the 1..7 scale.
        var efficacy = people.Select(p => (Number(p["ief1"]) + Number(p["ief2"]) + Number(p["ief3"]) + (8 - Number(p["ief4"])) + Number(p["ief5"])) / 5).ToList();
        var events = people.Select(p => Number(p["ht_events"])).ToList();
        var external = people.Select(p => Number(p["eef2"])).ToList();

        Correlation.Pearson(organisations, efficacy).R.ShouldBeGreaterThan(0.2);
        Correlation.Pearson(efficacy, events).R.ShouldBeGreaterThan(0.2);
        Math.Abs(Correlation.Pearson(external, events).R).ShouldBeLessThan(0.15, "external efficacy goes with nothing, as in the study");
        people.Count(p => p["gender"] == "female").ShouldBeInRange(480, 570, "about 87.5% women");
    }

    [Fact]
    public void The_same_seed_gives_the_same_people() =>
        SimulatedRespondents.Generate(20, seed: 3).ShouldBe(SimulatedRespondents.Generate(20, seed: 3));
}

public abstract class DemoSurveyTests(LanternFactory app)
{
    [Fact]
    public async Task The_demo_survey_is_seeded_once_with_every_respondent_valid()
    {
        await DemoSurvey.SeedAsync(app.Services);
        await DemoSurvey.SeedAsync(app.Services);

        var (surveys, responses, analyses) = await app.Db(async db =>
        {
            var ids = await db.Surveys.Where(s => s.Title == DemoSurvey.Title).Select(s => s.Id).ToListAsync();
            return (ids.Count,
                await db.SurveyResponses.CountAsync(r => ids.Contains(r.SurveyId)),
                await db.SurveyAnalyses.CountAsync(a => ids.Contains(a.SurveyId)));
        });

        surveys.ShouldBe(1);
        responses.ShouldBe(DemoSurvey.Respondents);
        analyses.ShouldBe(2);
    }
}

public sealed class DemoSurveyTestsOnSqlite(SqliteApp app) : DemoSurveyTests(app), IClassFixture<SqliteApp>;

public sealed class DemoSurveyTestsOnPostgres(PostgresApp app) : DemoSurveyTests(app), IClassFixture<PostgresApp>;
