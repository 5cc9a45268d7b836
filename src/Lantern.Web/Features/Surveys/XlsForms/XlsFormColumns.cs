using System.Globalization;
using System.Text.RegularExpressions;

namespace Lantern.Web.Features.Surveys.XlsForms;

/// <summary>
/// The sheets and columns of an XLSForm that Lantern reads and writes, shared by import and export
/// so the two cannot drift apart. The <c>lantern_scales</c> sheet, the <c>lantern_adapted_from</c> column
/// and the <c>lantern_description</c> and <c>lantern_consent</c> settings are Lantern extensions:
/// KoboToolbox and ODK ignore sheets and columns they do not know.
/// </summary>
public static partial class XlsFormColumns
{
    public const string SurveySheet = "survey";
    public const string ChoicesSheet = "choices";
    public const string SettingsSheet = "settings";
    public const string ScalesSheet = "lantern_scales";

    public const string TypeColumn = "type";
    public const string Name = "name";
    public const string Label = "label";
    public const string Hint = "hint";
    public const string Required = "required";
    public const string Relevant = "relevant";
    public const string Appearance = "appearance";
    public const string Constraint = "constraint";
    public const string AdaptedFrom = "lantern_adapted_from";

    public const string ListName = "list_name";

    public const string FormTitle = "form_title";
    public const string FormId = "form_id";
    public const string DefaultLanguage = "default_language";
    public const string Description = "lantern_description";
    public const string Consent = "lantern_consent";

    public const string ScaleName = "name";
    public const string ScaleLabel = "label";
    public const string ScoringColumn = "scoring";
    public const string ScaleItemColumn = "item";
    public const string ScaleReversed = "reversed";

    public const string LikertAppearance = "likert";

    /// <summary>Bounds of a number as an XLSForm constraint: <c>. &gt;= 0 and . &lt;= 200</c>.</summary>
    public static string? BoundsConstraint(decimal? minimum, decimal? maximum) => (minimum, maximum) switch
    {
        ({ } min, { } max) => $". >= {Format(min)} and . <= {Format(max)}",
        ({ } min, null) => $". >= {Format(min)}",
        (null, { } max) => $". <= {Format(max)}",
        _ => null,
    };

    /// <summary>Reads back exactly the forms <see cref="BoundsConstraint"/> writes; false for any other constraint.</summary>
    public static bool TryReadBounds(string constraint, out decimal? minimum, out decimal? maximum)
    {
        (minimum, maximum) = (null, null);
        var match = Bounds().Match(constraint.Trim());
        if (!match.Success)
        {
            return false;
        }

        minimum = Number(match.Groups["min"].Value);
        maximum = Number(match.Groups["max"].Value);
        return true;
    }

    private static decimal? Number(string text) =>
        text.Length == 0 ? null : decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    private static string Format(decimal number) => number.ToString("0.############", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?:\.\s*>=\s*(?<min>-?\d+(?:\.\d+)?)(?:\s+and\s+\.\s*<=\s*(?<max>-?\d+(?:\.\d+)?))?|\.\s*<=\s*(?<max>-?\d+(?:\.\d+)?))$")]
    private static partial Regex Bounds();
}
