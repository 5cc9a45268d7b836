using System.Globalization;
using Lantern.Web.Features.Surveys.Answers;
using Lantern.Web.Features.Surveys.Model;

namespace Lantern.Web.Features.Surveys.Responses;

/// <summary>
/// The responses of a survey as one table, one row per response: metadata, then every item by its
/// variable name in instrument order; a multiple-choice item <c>x</c> also gets one 0/1 column per
/// option, named <c>x/value</c> as KoboToolbox names them. Blank where the question was not answered.
/// </summary>
public static class ResponseTable
{
    public static readonly IReadOnlyList<(string Column, string Description)> Metadata =
    [
        ("id", "Lantern's number for the response"),
        ("wave", "The collection wave the response came through; blank when imported"),
        ("origin", "public_link or import"),
        ("submitted_at", "The day the response was submitted (UTC, YYYY-MM-DD); no finer time is kept"),
        ("language", "The language the questionnaire was answered in"),
    ];

    public static IReadOnlyList<string> Header(Survey survey) =>
        [.. Metadata.Select(m => m.Column), .. survey.Items.SelectMany(ItemColumns)];

    public static IEnumerable<IReadOnlyList<string?>> Rows(Survey survey, IEnumerable<SurveyResponse> responses)
    {
        var waves = survey.Waves.ToDictionary(w => w.Id, w => w.Name);
        foreach (var response in responses)
        {
            var answers = AnswerSheet.FromJson(response.AnswersJson);
            var row = new List<string?>
            {
                response.Id.ToString(CultureInfo.InvariantCulture),
                response.WaveId is { } wave ? waves.GetValueOrDefault(wave) : null,
                OriginCode(response.Origin),
                // The day alone is kept (see SurveyResponse.DayOf), so the day alone is exported.
                response.SubmittedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                response.Language,
            };
            foreach (var item in survey.Items)
            {
                var answer = answers.GetValueOrDefault(item.Id);
                row.Add(answer);
                if (item.Type == ItemType.MultipleChoice)
                {
                    var chosen = AnswerFormat.Chosen(answer);
                    row.AddRange(item.Choices.Select(c => answer is null ? null : chosen.Contains(c.Value) ? "1" : "0"));
                }
            }

            yield return row;
        }
    }

    public static string OriginCode(ResponseOrigin origin) => origin == ResponseOrigin.PublicLink ? "public_link" : "import";

    private static IEnumerable<string> ItemColumns(SurveyItem item) =>
        item.Type == ItemType.MultipleChoice ? [item.Name, .. item.Choices.Select(c => $"{item.Name}/{c.Value}")] : [item.Name];
}
