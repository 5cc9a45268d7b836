using Lantern.Statistics.Sem;
using Lantern.Web.Features.Surveys.Analysis;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Features.Surveys.Queries;
using Lantern.Web.Features.Surveys.Templates;

namespace Lantern.Web.Tests.Features.Surveys.Analysis;

/// <summary>Building analysis variables from stored answers; pure, no database.</summary>
public sealed class SurveyDatasetTests
{
    private static readonly Survey Instrument = StudyResponses.NumberedInstrument();

    private static int Id(string name) => Instrument.Items.Single(i => i.Name == name).Id;

    private static SurveyDataset Of(params Dictionary<string, string>[] respondents) =>
        SurveyDataset.Build(Instrument, respondents.Select((answers, i) =>
            StudyResponses.Response(1, answers.ToDictionary(a => Id(a.Key), a => a.Value), StudyResponses.FirstDay, id: i + 1)));

    private static Dictionary<string, string> AllEfficacy(params int[] answers) =>
        answers.Select((answer, i) => ($"ief{i + 1}", answer.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToDictionary(p => p.Item1, p => p.Item2);

    [Fact]
    public void A_reverse_coded_item_counts_as_eight_minus_the_answer_on_a_seven_point_scale()
    {
        var dataset = Of(AllEfficacy(7, 7, 7, 1, 7), AllEfficacy(2, 4, 6, 6, 3));

        dataset.Values("ief4").ShouldBe([1, 6], "the item itself keeps the answer as given");
        dataset.Values("internal_efficacy").ShouldBe([7, (2 + 4 + 6 + 2 + 3) / 5.0]);
    }

    [Fact]
    public void A_scale_with_an_unanswered_item_has_no_score()
    {
        var partial = AllEfficacy(5, 5, 5, 5, 5);
        partial.Remove("ief3");

        var dataset = Of(partial, AllEfficacy(5, 5, 5, 5, 5));

        double.IsNaN(dataset.Values("internal_efficacy")[0]).ShouldBeTrue();
        dataset.Values("internal_efficacy")[1].ShouldBe(23 / 5.0, "5, 5, 5, 8 − 5 and 5");
        dataset.Find("internal_efficacy")!.NonMissing.ShouldBe(1);
    }

    [Fact]
    public void A_sum_scale_adds_the_items_and_a_mean_scale_averages_them()
    {
        var survey = StudyResponses.NumberedInstrument();
        survey.Scales.Single(s => s.Name == "political_expectancy").Scoring = ScaleScoring.Sum;
        var answers = new Dictionary<int, string>
        {
            [survey.Items.Single(i => i.Name == "pexp1").Id] = "1", [survey.Items.Single(i => i.Name == "pexp2").Id] = "2",
            [survey.Items.Single(i => i.Name == "pexp3").Id] = "3", [survey.Items.Single(i => i.Name == "pexp4").Id] = "6",
        };
        var response = StudyResponses.Response(1, answers, StudyResponses.FirstDay);

        SurveyDataset.Build(survey, [response]).Values("political_expectancy").ShouldBe([12]);
        SurveyDataset.Build(Instrument, [response]).Values("political_expectancy").ShouldBe([3]);
    }

    [Fact]
    public void A_multiple_choice_item_gives_a_count_and_one_indicator_per_option_and_nothing_when_unanswered()
    {
        var dataset = Of(new() { ["resources"] = "hotline training research" }, new() { ["gender"] = "female" });

        dataset.Values("resources_n")[0].ShouldBe(3);
        double.IsNaN(dataset.Values("resources_n")[1]).ShouldBeTrue("an unanswered question is missing, not zero");
        dataset.Values("resources_hotline")[0].ShouldBe(1);
        dataset.Values("resources_campaign")[0].ShouldBe(0);
        double.IsNaN(dataset.Values("resources_campaign")[1]).ShouldBeTrue();
        dataset.Find("resources_n")!.Kind.ShouldBe(VariableKind.ChoiceCount);
        dataset.Find("resources")!.ShouldBeNull("the item itself is no number");
    }

    [Fact]
    public void Single_choice_items_with_text_values_are_categories_only()
    {
        var dataset = Of(new() { ["gender"] = "female" }, new() { ["gender"] = "male" }, new());

        dataset.Find("gender").ShouldBeNull();
        dataset.Categories.Single(c => c.Item.Name == "gender").Answers.ShouldBe(["female", "male", null]);
    }

    [Fact]
    public void A_single_choice_item_with_numeric_values_is_also_a_number_and_a_scale_over_mixed_ranges_is_not_scored()
    {
        var draft = new InstrumentDraft(new Survey { Title = "Mixed" }).Section("Only")
            .Choice("rooms", ItemType.SingleChoice, "Rooms", ("1", "One"), ("2", "Two"), ("4", "Four"))
            .Likert("mood", "Mood", ["Low", "Middle", "High"])
            .Scale("mixed", "Rooms and mood", ["rooms", "mood"]);
        var survey = StudyResponses.Numbered(draft.Survey);

        var dataset = SurveyDataset.Build(survey, [StudyResponses.Response(1, new() { [1] = "4", [2] = "3" }, StudyResponses.FirstDay)]);

        dataset.Find("rooms")!.Kind.ShouldBe(VariableKind.NumericChoice);
        dataset.Values("rooms").ShouldBe([4]);
        dataset.Categories.Single().Answers.ShouldBe(["4"]);
        dataset.Find("mixed").ShouldBeNull();
        dataset.Problems.ShouldHaveSingleItem().ShouldContain("Scale mixed is not scored: its items do not share one response range");
    }

    [Fact]
    public void The_study_models_run_on_the_dataset()
    {
        var survey = StudyResponses.NumberedInstrument();
        var responses = StudyResponses.Answers(survey, 60).Select((a, i) => StudyResponses.Response(1, a, StudyResponses.FirstDay, id: i + 1));
        var dataset = SurveyDataset.Build(survey, responses);

        foreach (var (name, syntax) in PoliticalEfficacyTemplate.Models)
        {
            var fit = Sem.Fit(syntax, dataset.Table);
            fit.Converged.ShouldBeTrue(name);
            fit.NObs.ShouldBeGreaterThan(30, name);
            fit.NObs.ShouldBeLessThan(60, "respondents who chose no option of a multiple-choice item have no count and drop out");
        }
    }
}
