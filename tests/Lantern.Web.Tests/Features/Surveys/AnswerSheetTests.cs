using Lantern.Web.Features.Surveys.Answers;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Features.Surveys.Templates;

namespace Lantern.Web.Tests.Features.Surveys;

public sealed class AnswerSheetTests
{
    private static Survey Instrument()
    {
        var survey = PoliticalEfficacyTemplate.Build(DateTime.UnixEpoch);
        // Ids as the database would give them, so answers can be keyed by item id.
        for (var i = 0; i < survey.Sections.Count; i++)
        {
            survey.Sections[i].Id = i + 1;
        }

        for (var i = 0; i < survey.Items.Count; i++)
        {
            survey.Items[i].Id = 100 + i;
            survey.Items[i].SectionId = survey.Items[i].Section!.Id;
        }

        return survey;
    }

    private static SurveyItem Item(Survey survey, string name) => survey.Items.Single(i => i.Name == name);

    [Fact]
    public void Answers_are_stored_in_the_ODK_encoding_whatever_way_they_were_given()
    {
        var survey = Instrument();
        var given = new Dictionary<string, string>
        {
            ["ief1"] = "Strongly agree", ["ief2"] = "3", ["activities"] = " 12 ", ["social_media"] = "WhatsApp, facebook", ["organisations"] = "Humanitarian or human rights; religious",
            ["gender"] = "female",
        };

        var (answers, errors) = new AnswerSheet(survey).Check(given.GetValueOrDefault);

        errors.ShouldBeEmpty();
        answers[Item(survey, "ief1").Id].ShouldBe("7");
        answers[Item(survey, "ief2").Id].ShouldBe("3");
        answers[Item(survey, "activities").Id].ShouldBe("12");
        answers[Item(survey, "social_media").Id].ShouldBe("facebook whatsapp", "stored in the instrument's order, by value");
        answers[Item(survey, "organisations").Id].ShouldBe("humanitarian religious", "labels with spaces, separated by semicolons");
        answers[Item(survey, "gender").Id].ShouldBe("female");
        answers.Count.ShouldBe(6);
    }

    [Theory]
    [InlineData("ief1", "8", "not one of the options")]
    [InlineData("activities", "2.5", "whole number")]
    [InlineData("activities", "-1", "from 0 to 200")]
    [InlineData("activities", "1e9", "whole number")]
    [InlineData("social_media", "facebook myspace", "'myspace' is not one of the options")]
    [InlineData("gender", "=HYPERLINK(\"x\")", "not one of the options")]
    public void Bad_answers_are_refused_with_a_reason(string item, string value, string reason)
    {
        var (_, errors) = new AnswerSheet(Instrument()).Check(name => name == item ? value : null);
        errors[item].ShouldContain(reason);
    }

    [Fact]
    public void Hidden_questions_drop_their_answers_and_required_applies_only_where_shown()
    {
        var survey = Instrument();
        var events = Item(survey, "ht_events");
        events.ShowIf = "${activities} > 0";
        events.Required = true;
        var sheet = new AnswerSheet(survey);

        var (hidden, hiddenErrors) = sheet.Check(name => name switch { "activities" => "0", "ht_events" => "4", _ => null });
        hiddenErrors.ShouldBeEmpty();
        hidden.ShouldNotContainKey(events.Id);

        var (_, shownErrors) = sheet.Check(name => name == "activities" ? "3" : null);
        shownErrors["ht_events"].ShouldContain("needs an answer");
    }

    [Fact]
    public void Stored_answers_round_trip_through_json()
    {
        var answers = new Dictionary<int, string> { [3] = "a b", [10] = "2020-07-01" };
        AnswerSheet.FromJson(AnswerSheet.ToJson(answers)).ShouldBe(answers);
    }
}
