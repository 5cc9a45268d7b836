using System.ComponentModel.DataAnnotations;
using Lantern.Web.Features.Surveys.Model;

namespace Lantern.Web.Features.Surveys.Commands.Waves;

/// <summary>A wave as the edit form holds it. Dates are UTC, as the form says.</summary>
public sealed class WaveInput : IValidatableObject
{
    [Required(ErrorMessage = "Give the wave a name."), StringLength(200, ErrorMessage = "The name can have at most 200 characters.")]
    public string Name { get; set; } = "";

    public DateTime? OpensAt { get; set; }

    public DateTime? ClosesAt { get; set; }

    public bool RequiresInvitation { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (OpensAt is { } opens && ClosesAt is { } closes && closes <= opens)
        {
            yield return new ValidationResult("The wave must close after it opens.", [nameof(ClosesAt)]);
        }
    }

    public static WaveInput From(SurveyWave wave) => new()
    {
        Name = wave.Name, OpensAt = wave.OpensAt, ClosesAt = wave.ClosesAt, RequiresInvitation = wave.RequiresInvitation,
    };
}
