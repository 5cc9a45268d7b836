using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Infrastructure.Spreadsheets;
using static Lantern.Web.Features.Surveys.XlsForms.XlsFormColumns;

namespace Lantern.Web.Features.Surveys.XlsForms;

/// <summary>
/// Writes an instrument as an XLSForm workbook that KoboToolbox and ODK open and <see cref="XlsFormReader"/>
/// reads back unchanged: each section as a group, each choice item with its own choices list,
/// Likert items as select_one with the likert appearance, bounds as constraints, scales in the
/// Lantern-only lantern_scales sheet.
/// </summary>
public static class XlsFormWriter
{
    public static byte[] Write(Survey survey) =>
        TableExport.WriteWorkbook([SurveySheetOf(survey), ChoicesSheetOf(survey), SettingsSheetOf(survey), ScalesSheetOf(survey)]);

    private static TableSheet SurveySheetOf(Survey survey)
    {
        var languages = survey.LanguageList;
        string[] header =
        [
            TypeColumn, Name, .. languages.Select(l => XlsFormLanguages.Column(Label, l)), .. languages.Select(l => XlsFormLanguages.Column(Hint, l)),
            Required, Relevant, Appearance, Constraint, AdaptedFrom,
        ];
        string?[] Row(string type, string name, LocalizedText label, LocalizedText hint, bool required = false, string? relevant = null,
            string? appearance = null, string? constraint = null, string? adaptedFrom = null) =>
        [
            type, name, .. languages.Select(l => label.Texts.GetValueOrDefault(l)), .. languages.Select(l => hint.Texts.GetValueOrDefault(l)),
            required ? "yes" : null, relevant, appearance, constraint, adaptedFrom,
        ];

        var rows = new List<IReadOnlyList<string?>>();
        foreach (var section in survey.Sections.OrderBy(s => s.Position))
        {
            rows.Add(Row("begin_group", $"section_{section.Position}", section.Title, LocalizedText.Empty, relevant: section.ShowIf));
            rows.AddRange(survey.Items.Where(i => i.SectionId == section.Id).OrderBy(i => i.Position)
                .Select(item => Row(TypeOf(item), item.Name, item.Label, item.Hint, item.Required, item.ShowIf,
                    item.Type == ItemType.Likert ? LikertAppearance : null, BoundsConstraint(item.Minimum, item.Maximum), item.AdaptedFrom)));
            rows.Add(Row("end_group", "", LocalizedText.Empty, LocalizedText.Empty));
        }

        return new TableSheet(SurveySheet, header, rows);
    }

    private static string TypeOf(SurveyItem item) => item.Type switch
    {
        ItemType.Likert or ItemType.SingleChoice => $"select_one {item.Name}",
        ItemType.MultipleChoice => $"select_multiple {item.Name}",
        ItemType.WholeNumber => "integer",
        ItemType.DecimalNumber => "decimal",
        ItemType.Date => "date",
        _ => "text",
    };

    private static TableSheet ChoicesSheetOf(Survey survey)
    {
        var languages = survey.LanguageList;
        return new TableSheet(ChoicesSheet, [ListName, Name, .. languages.Select(l => XlsFormLanguages.Column(Label, l))],
            survey.Items.Where(i => i.HasChoices).SelectMany(item => item.Choices.OrderBy(c => c.Position)
                .Select(choice => (IReadOnlyList<string?>)[item.Name, choice.Value, .. languages.Select(l => choice.Label.Texts.GetValueOrDefault(l))])));
    }

    private static TableSheet SettingsSheetOf(Survey survey)
    {
        var languages = survey.LanguageList;
        return new TableSheet(SettingsSheet, [FormTitle, FormId, DefaultLanguage, Description, .. languages.Select(l => XlsFormLanguages.Column(Consent, l))],
        [
            [survey.Title, $"lantern_{survey.Id}", XlsFormLanguages.Describe(survey.DefaultLanguage), survey.Description,
                .. languages.Select(l => survey.ConsentStatement.Texts.GetValueOrDefault(l))],
        ]);
    }

    private static TableSheet ScalesSheetOf(Survey survey)
    {
        var names = survey.Items.ToDictionary(i => i.Id, i => i.Name);
        return new TableSheet(ScalesSheet, [ScaleName, ScaleLabel, ScoringColumn, ScaleItemColumn, ScaleReversed],
            survey.Scales.SelectMany(scale => scale.Items.Select(member => (IReadOnlyList<string?>)
            [
                scale.Name, scale.Label, scale.Scoring.ToString().ToLowerInvariant(), names[member.ItemId], member.Reversed ? "yes" : "no",
            ])));
    }
}
