using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Features.Surveys.Queries;
using Lantern.Web.Features.Surveys.Templates;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Surveys;

public abstract class TemplateTests(LanternFactory app)
{
    [Fact]
    public async Task The_study_instrument_saves_and_loads_whole()
    {
        var id = await app.Db(async db =>
        {
            var survey = PoliticalEfficacyTemplate.Build(DateTime.UtcNow);
            db.Add(survey);
            await db.SaveChangesAsync();
            return survey.Id;
        });

        var loaded = await app.Db(db => SurveyQueries.LoadInstrumentAsync(db, id, CancellationToken.None));

        loaded.ShouldNotBeNull();
        loaded.Items.Count(i => i.Name.StartsWith("ief", StringComparison.Ordinal)).ShouldBe(5, "five internal efficacy items, as in the study");
        loaded.Items.Count(i => i.Name.StartsWith("eef", StringComparison.Ordinal)).ShouldBe(9, "nine external efficacy items");
        loaded.Items.Where(i => i.Type == ItemType.Likert).ShouldAllBe(i => i.Choices.Count == 7);
        loaded.Items.Select(i => i.Name).ShouldContain("age_group");
        loaded.Items[0].Name.ShouldBe("ief1", "items come back in section and position order");
        loaded.Items.Single(i => i.Name == "ief1").AdaptedFrom.ShouldNotBeNull();
        loaded.Items.Single(i => i.Name == "ief1").Label.In("en", "en").ShouldStartWith("I consider myself");
        var internalScale = loaded.Scales.Single(s => s.Name == "internal_efficacy");
        internalScale.Items.Count.ShouldBe(5);
        internalScale.Items.Where(i => i.Reversed).Select(i => loaded.Items.Single(item => item.Id == i.ItemId).Name).ShouldBe(["ief4"]);
    }
}

public sealed class TemplateTestsOnSqlite(SqliteApp app) : TemplateTests(app), IClassFixture<SqliteApp>;

public sealed class TemplateTestsOnPostgres(PostgresApp app) : TemplateTests(app), IClassFixture<PostgresApp>;
