namespace Lantern.Web.Features.Advocacy.Commands;

internal static class InputText
{
    /// <summary>The text trimmed, or null when there is none: an optional field stores null, never blanks.</summary>
    public static string? TrimmedOrNull(this string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
