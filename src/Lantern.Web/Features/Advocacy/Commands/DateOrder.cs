using System.ComponentModel.DataAnnotations;

namespace Lantern.Web.Features.Advocacy.Commands;

/// <summary>The one rule about pairs of dates: the later one may not come first.</summary>
internal static class DateOrder
{
    public static IEnumerable<ValidationResult> Check(DateOnly? first, DateOnly? second, string secondField, string message)
    {
        if (first is { } start && second is { } end && end < start)
        {
            yield return new ValidationResult(message, [secondField]);
        }
    }
}
