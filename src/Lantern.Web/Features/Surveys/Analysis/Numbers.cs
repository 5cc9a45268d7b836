using System.Globalization;

namespace Lantern.Web.Features.Surveys.Analysis;

/// <summary>How the analysis pages and exports write numbers: invariant culture, a dash for an undefined value.</summary>
public static class Numbers
{
    public const string Undefined = "—";

    /// <summary>The significance convention of the tables; the study's figures mark only * and **.</summary>
    public const string StarLegend = "* p < .05, ** p ≤ .01, *** p ≤ .001";

    /// <summary>A number JSON can carry: null for NaN and the infinities, which JSON has no words for.</summary>
    public static double? Finite(double? value) => value is { } number && double.IsFinite(number) ? number : null;

    public static string Fixed(double? value, int decimals = 3) =>
        value is { } number && double.IsFinite(number) ? number.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : Undefined;

    /// <summary>A p-value as APA writes it: three decimals, "&lt; .001" below that.</summary>
    public static string P(double? p) => p switch
    {
        null => Undefined,
        { } value when double.IsNaN(value) => Undefined,
        < 0.001 => "< .001",
        { } value => value.ToString("F3", CultureInfo.InvariantCulture).TrimStart('0'),
    };

    public static string Stars(double? p) => p switch
    {
        <= 0.001 => "***",
        <= 0.01 => "**",
        < 0.05 => "*",
        _ => "",
    };

    /// <summary>Full precision for exports, so a file reproduces the engine's numbers; empty when undefined.</summary>
    public static string Exact(double? value) =>
        value is { } number && double.IsFinite(number) ? number.ToString("R", CultureInfo.InvariantCulture) : "";
}
