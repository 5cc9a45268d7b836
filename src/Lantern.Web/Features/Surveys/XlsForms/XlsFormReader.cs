using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Infrastructure.Spreadsheets;
using static Lantern.Web.Features.Surveys.XlsForms.XlsFormColumns;

namespace Lantern.Web.Features.Surveys.XlsForms;

/// <summary>What reading a workbook gave: an instrument only when there is no problem at all.</summary>
public sealed record XlsFormReading(Survey? Survey, IReadOnlyList<XlsFormProblem> Problems, IReadOnlyList<string> Notes);

/// <summary>The options of one choices list, in sheet order.</summary>
internal sealed record ChoiceList(IReadOnlyList<(string Value, LocalizedText Label)> Choices);

/// <summary>
/// Reads an XLSForm workbook (the survey, choices and settings sheets KoboToolbox and ODK use, plus
/// Lantern's scales sheet) into a new instrument. Whatever Lantern cannot represent is reported by
/// sheet, row and column instead of being dropped, and any problem means no instrument.
/// </summary>
public static class XlsFormReader
{
    public static XlsFormReading Read(byte[] content, string fallbackTitle, DateTime now, SpreadsheetLimits limits)
    {
        var (sheets, unreadable) = TableFile.ReadWorkbook(content, limits);
        if (sheets is null)
        {
            // A workbook over a limit is one; only a file that is none needs telling which format to upload.
            var problem = unreadable!;
            var reason = problem == TableFile.NotAWorkbook ? $"{problem.Reason} Upload the form as an .xlsx file." : problem.ToString();
            return new XlsFormReading(null, [new XlsFormProblem("", 0, "", reason)], []);
        }

        var problems = new List<XlsFormProblem>();
        XlsFormSheet? Sheet(string name)
        {
            var sheet = sheets.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
            if (sheet is null)
            {
                return null;
            }

            problems.AddRange(sheet.Problems.Select(p => new XlsFormProblem(sheet.Name, p.Row, p.Column, p.Reason)));
            return sheet.Table is null ? null : new XlsFormSheet(sheet.Name, sheet.Table, problems);
        }

        var survey = Sheet(SurveySheet);
        if (survey is null)
        {
            if (!sheets.Any(s => string.Equals(s.Name, SurveySheet, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add(new XlsFormProblem(SurveySheet, 0, "", "the workbook has no sheet named 'survey'; every XLSForm needs one."));
            }

            return new XlsFormReading(null, problems, []);
        }

        var choices = Sheet(ChoicesSheet);
        var settings = Sheet(SettingsSheet);
        var (title, settingsLanguage) = ReadSettings(settings, fallbackTitle);
        var coded = survey.CodedLanguages().Concat(choices?.CodedLanguages() ?? []).ToList();
        var plainLanguage = settingsLanguage ?? coded.FirstOrDefault() ?? "en";
        var labelColumns = survey.LanguageColumns(Label, plainLanguage);
        var hintColumns = survey.LanguageColumns(Hint, plainLanguage);
        var choiceLabelColumns = choices?.LanguageColumns(Label, plainLanguage) ?? [];
        var languages = labelColumns.Concat(hintColumns).Concat(choiceLabelColumns).Select(c => c.Language).Distinct().ToList();
        var defaultLanguage = settingsLanguage ?? languages.FirstOrDefault() ?? plainLanguage;
        if (settingsLanguage is not null && languages.Count > 0 && !languages.Contains(settingsLanguage))
        {
            settings!.Problem(settings.Rows[0].Number, DefaultLanguage, $"no label column is in {XlsFormLanguages.Describe(settingsLanguage)}; add label::{XlsFormLanguages.Describe(settingsLanguage)} or change the default language.");
        }

        var instrument = new Survey
        {
            Title = title,
            DefaultLanguage = defaultLanguage,
            Languages = string.Join(',', languages.Prepend(defaultLanguage).Distinct()),
            Origin = "xlsform",
            CreatedAt = now,
            UpdatedAt = now,
        };
        ReadIntroduction(settings, instrument, plainLanguage);
        var lists = choices is null ? [] : ReadChoices(choices, choiceLabelColumns, defaultLanguage);
        var questions = new XlsFormQuestions(survey, instrument, lists, labelColumns, hintColumns, choices is not null);
        questions.Read();
        var scales = Sheet(ScalesSheet);
        if (scales is not null)
        {
            ReadScales(scales, instrument);
        }

        return new XlsFormReading(problems.Count == 0 ? instrument : null, problems, questions.Notes);
    }

    /// <summary>
    /// The title and default language. Other settings (form_id, version, style, submission_url…) say how
    /// ODK deploys the form, not what it asks, so they are not reported.
    /// </summary>
    private static (string Title, string? Language) ReadSettings(XlsFormSheet? settings, string fallbackTitle)
    {
        var row = settings?.Rows.Count > 0 ? settings.Rows[0] : null;
        if (settings is null || row is null)
        {
            return (fallbackTitle, null);
        }

        var title = row[FormTitle];
        if (title.Length > SurveyModelConfiguration.TitleLength)
        {
            settings.Problem(row.Number, FormTitle, $"the title is longer than {SurveyModelConfiguration.TitleLength} characters.");
        }

        var language = row[DefaultLanguage];
        var code = language.Length == 0 ? null : XlsFormLanguages.CodeOf(language);
        if (language.Length > 0 && code is null)
        {
            settings.Problem(row.Number, DefaultLanguage, $"'{language}' names no language code; write it as English (en) or en.");
        }

        return (title.Length > 0 ? title : fallbackTitle, code);
    }

    /// <summary>Lantern's description and consent statement, kept in the settings sheet so a round trip keeps them.</summary>
    private static void ReadIntroduction(XlsFormSheet? settings, Survey survey, string plainLanguage)
    {
        if (settings is null || settings.Rows.Count == 0)
        {
            return;
        }

        var row = settings.Rows[0];
        survey.Description = row[Description];
        if (survey.Description.Length > SurveyModelConfiguration.DescriptionLength)
        {
            settings.Problem(row.Number, Description, $"the description is longer than {SurveyModelConfiguration.DescriptionLength} characters.");
        }

        survey.ConsentStatement = XlsFormSheet.Text(row, settings.LanguageColumns(Consent, plainLanguage));
    }

    private static Dictionary<string, ChoiceList> ReadChoices(XlsFormSheet sheet, IReadOnlyList<(string Column, string Language)> labels, string defaultLanguage)
    {
        var lists = new Dictionary<string, List<(string Value, LocalizedText Label, int Row)>>(StringComparer.Ordinal);
        var defaultColumn = labels.FirstOrDefault(l => l.Language == defaultLanguage).Column ?? Label;
        foreach (var row in sheet.Rows)
        {
            sheet.ReportUnreadCells(row, column => column is ListName or Name || labels.Any(l => l.Column == column));
            var (listName, value) = (row[ListName], row[Name]);
            if (listName.Length == 0)
            {
                sheet.Problem(row.Number, ListName, "the list name is empty.");
                continue;
            }

            var list = lists.TryGetValue(listName, out var known) ? known : lists[listName] = [];
            var label = XlsFormSheet.Text(row, labels);
            if (value.Length == 0)
            {
                sheet.Problem(row.Number, Name, "the choice has no value.");
            }
            else if (value.Any(char.IsWhiteSpace))
            {
                sheet.Problem(row.Number, Name, $"'{value}': a choice value cannot contain spaces, because several choices are stored separated by spaces.");
            }
            else if (!SurveyNames.IsValidChoiceValue(value))
            {
                sheet.Problem(row.Number, Name, $"'{value}' is not a valid choice value: use letters, digits, '_', '-' or '.', at most {SurveyModelConfiguration.NameLength} characters.");
            }
            else if (list.FirstOrDefault(c => c.Value == value) is { Row: > 0 } same)
            {
                sheet.Problem(row.Number, Name, $"the value '{value}' is already in list '{listName}' (row {same.Row}).");
            }

            if (!label.Texts.ContainsKey(defaultLanguage))
            {
                sheet.Problem(row.Number, defaultColumn, $"the choice has no label in {XlsFormLanguages.Describe(defaultLanguage)}.");
            }

            list.Add((value, label, row.Number));
        }

        return lists.ToDictionary(l => l.Key, l => new ChoiceList([.. l.Value.Select(c => (c.Value, c.Label))]), StringComparer.Ordinal);
    }

    private static void ReadScales(XlsFormSheet sheet, Survey survey)
    {
        var items = survey.Items.ToDictionary(i => i.Name, StringComparer.Ordinal);
        foreach (var row in sheet.Rows)
        {
            sheet.ReportUnreadCells(row, column => column is ScaleName or ScaleLabel or ScoringColumn or ScaleItemColumn or ScaleReversed);
            var name = row[ScaleName];
            if (!SurveyNames.IsValid(name) || items.ContainsKey(name))
            {
                sheet.Problem(row.Number, ScaleName, items.ContainsKey(name)
                    ? $"'{name}' is already the name of a question; a scale needs its own name."
                    : $"'{name}' is not a valid scale name: use {SurveyNames.Rule}.");
                continue;
            }

            var scale = survey.Scales.FirstOrDefault(s => s.Name == name);
            if (scale is null)
            {
                scale = new SurveyScale { Name = name, Label = row[ScaleLabel] };
                survey.Scales.Add(scale);
                if (scale.Label.Length > SurveyModelConfiguration.TitleLength)
                {
                    sheet.Problem(row.Number, ScaleLabel, $"the label is longer than {SurveyModelConfiguration.TitleLength} characters.");
                }

                switch (row[ScoringColumn].ToLowerInvariant())
                {
                    case "" or "mean":
                        scale.Scoring = ScaleScoring.Mean;
                        break;
                    case "sum":
                        scale.Scoring = ScaleScoring.Sum;
                        break;
                    default:
                        sheet.Problem(row.Number, ScoringColumn, "use mean or sum.");
                        break;
                }
            }

            var itemName = row[ScaleItemColumn];
            var reversed = XlsFormSheet.Flag(row[ScaleReversed]);
            if (reversed is null)
            {
                sheet.Problem(row.Number, ScaleReversed, "use yes or no.");
            }

            if (!items.TryGetValue(itemName, out var item))
            {
                sheet.Problem(row.Number, ScaleItemColumn, $"'{itemName}' is not a question in the survey sheet.");
            }
            else if (item.Type is not (ItemType.Likert or ItemType.WholeNumber or ItemType.DecimalNumber))
            {
                sheet.Problem(row.Number, ScaleItemColumn, $"'{itemName}' is not a Likert or number question, so it cannot be scored.");
            }
            else if (scale.Items.Any(i => i.Item == item))
            {
                sheet.Problem(row.Number, ScaleItemColumn, $"'{itemName}' is already in scale '{name}'.");
            }
            else
            {
                scale.Items.Add(new ScaleItem { Item = item, Reversed = reversed ?? false });
            }
        }
    }
}
