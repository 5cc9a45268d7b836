using Lantern.Web.Features.Surveys.Commands.Instruments;
using Lantern.Web.Features.Surveys.Commands.Models;
using Lantern.Web.Features.Surveys.Commands.Responses;
using Lantern.Web.Features.Surveys.Commands.Waves;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Features.Surveys.Queries;
using Lantern.Web.Features.Surveys.Responses;
using Lantern.Web.Features.Surveys.Templates;
using Lantern.Web.Features.Surveys.XlsForms;
using Lantern.Web.Infrastructure.Commands;
using Lantern.Web.Infrastructure.Spreadsheets;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Infrastructure.Commands;

/// <summary>The survey commands' samples, each made against a survey of its own so that it really changes something.</summary>
public abstract partial class CommandPipelineTests
{
    /// <summary>A property, not a field: the parts of a partial class initialise their fields in no set order.</summary>
    private static Dictionary<Type, Func<LanternFactory, Task<object>>> SurveySamples => new()
    {
        [typeof(CreateSurvey)] = _ => Task.FromResult<object>(new CreateSurvey(Settings())),
        [typeof(CreateSurveyFromTemplate)] = _ => Task.FromResult<object>(new CreateSurveyFromTemplate()),
        [typeof(UpdateSurveySettings)] = OnSurvey(survey => new UpdateSurveySettings(survey, Settings())),
        [typeof(DeleteSurvey)] = OnSurvey(survey => new DeleteSurvey(survey)),
        [typeof(SaveSection)] = OnSurvey(survey => new SaveSection(survey, null, Section())),
        [typeof(DeleteSection)] = OnInstrument(i => new DeleteSection(i.Survey, i.Sections[1])),
        [typeof(MoveSection)] = OnInstrument(i => new MoveSection(i.Survey, i.Sections[0], MoveDirection.Down)),
        [typeof(SaveItem)] = OnInstrument(i => new SaveItem(i.Survey, null, Item(i.Sections[1], "q3"))),
        [typeof(DeleteItem)] = OnInstrument(i => new DeleteItem(i.Survey, i.Items[1])),
        [typeof(MoveItem)] = OnInstrument(i => new MoveItem(i.Survey, i.Items[0], MoveDirection.Down)),
        [typeof(SaveScale)] = OnInstrument(i => new SaveScale(i.Survey, null, Scale("another_scale", i.Items[1]))),
        [typeof(DeleteScale)] = OnInstrument(i => new DeleteScale(i.Survey, i.Scale)),
        [typeof(SaveTranslations)] = OnSurvey(survey => new SaveTranslations(survey, new TranslationsInput { Texts = { [$"consent-{survey}-en"] = "I agree to answer." } })),
        [typeof(ImportXlsForm)] = async app => new ImportXlsForm(XlsFormWriter.Write(await TemplateAsync(app)), "sample.xlsx"),
        [typeof(ImportResponses)] = OnInstrument(i => new ImportResponses(
            i.Survey,
            new Table(["q1", "q2"], [new TableRow(2, new Dictionary<string, string> { ["q1"] = "3", ["q2"] = "5" })]),
            new ResponseMapping(new Dictionary<string, string> { ["q1"] = "q1", ["q2"] = "q2" }, null))),
        [typeof(SaveWave)] = OnSurvey(survey => new SaveWave(survey, null, new WaveInput { Name = "Sample wave" })),
        [typeof(OpenWave)] = OnWave(wave => new OpenWave(wave.SurveyId, wave.Id)),
        [typeof(CloseWave)] = OnWave(wave => new CloseWave(wave.SurveyId, wave.Id)),
        [typeof(DeleteWave)] = OnWave(wave => new DeleteWave(wave.SurveyId, wave.Id)),
        [typeof(IssueInvitations)] = OnWave(wave => new IssueInvitations(wave.SurveyId, wave.Id, 3)),
        [typeof(SaveModel)] = async app => new SaveModel((await TemplateAsync(app)).Id, null,
            new ModelInput { Name = "Sample model", Syntax = PoliticalEfficacyTemplate.Models[0].Syntax }),
        [typeof(DeleteModel)] = OnTemplateModel(model => new DeleteModel(model.SurveyId, model.Id)),
        [typeof(RunModel)] = OnTemplateModel(model => new RunModel(model.SurveyId, model.Id)),
    };

    /// <summary>A survey with two sections, the first holding the Likert items q1 and q2, and a scale of q1.</summary>
    private sealed record Instrument(int Survey, int[] Sections, int[] Items, int Scale);

    private static Func<LanternFactory, Task<object>> OnSurvey(Func<int, object> sample) => async app => sample(await NewSurveyAsync(app));

    private static Func<LanternFactory, Task<object>> OnInstrument(Func<Instrument, object> sample) => async app => sample(await NewInstrumentAsync(app));

    private static Func<LanternFactory, Task<object>> OnWave(Func<SurveyWave, object> sample) => async app =>
        sample(await SetUpAsync(app, new SaveWave(await NewSurveyAsync(app), null, new WaveInput { Name = "Sample wave" })));

    /// <summary>One of the two path models that come with the template.</summary>
    private static Func<LanternFactory, Task<object>> OnTemplateModel(Func<SurveyAnalysis, object> sample) => async app =>
    {
        var survey = (await SetUpAsync(app, new CreateSurveyFromTemplate())).Id;
        return sample(await app.Db(db => db.SurveyAnalyses.AsNoTracking().FirstAsync(a => a.SurveyId == survey)));
    };

    /// <summary>Runs a command that prepares a sample, outside any request, and insists that it worked.</summary>
    private static Task<T> SetUpAsync<T>(LanternFactory app, ICommand<T> command) => app.WithScope(async services =>
    {
        var result = await services.GetRequiredService<CommandRunner>().RunAsync(command);
        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Errors.Messages));
        return result.Value!;
    });

    private static SurveySettingsInput Settings() => new() { Title = $"Survey {Guid.NewGuid():N}", Languages = "en", DefaultLanguage = "en" };

    private static SectionInput Section() => new() { Title = { ["en"] = "Section" } };

    /// <summary>A 7-point Likert item, which gets agreement labels.</summary>
    private static ItemInput Item(int sectionId, string name) => new() { SectionId = sectionId, Name = name, Label = { ["en"] = $"Question {name}" } };

    private static ScaleInput Scale(string name, int item) => new() { Name = name, Members = { [item] = ScaleMembership.In } };

    private static async Task<int> NewSurveyAsync(LanternFactory app) => (await SetUpAsync(app, new CreateSurvey(Settings()))).Id;

    private static async Task<Instrument> NewInstrumentAsync(LanternFactory app)
    {
        var survey = await NewSurveyAsync(app);
        int[] sections = [(await SetUpAsync(app, new SaveSection(survey, null, Section()))).Id, (await SetUpAsync(app, new SaveSection(survey, null, Section()))).Id];
        int[] items = [(await SetUpAsync(app, new SaveItem(survey, null, Item(sections[0], "q1")))).Id, (await SetUpAsync(app, new SaveItem(survey, null, Item(sections[0], "q2")))).Id];
        var scale = await SetUpAsync(app, new SaveScale(survey, null, Scale("sample_scale", items[0])));
        return new Instrument(survey, sections, items, scale.Id);
    }

    /// <summary>The template's instrument, whole, as the XLSForm writer takes it.</summary>
    private static async Task<Survey> TemplateAsync(LanternFactory app)
    {
        var id = (await SetUpAsync(app, new CreateSurveyFromTemplate())).Id;
        return (await app.Db(db => SurveyQueries.LoadInstrumentAsync(db, id, CancellationToken.None)))!;
    }
}
