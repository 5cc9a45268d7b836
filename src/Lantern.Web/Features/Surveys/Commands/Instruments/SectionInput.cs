using System.ComponentModel.DataAnnotations;
using Lantern.Web.Features.Surveys.Model;

namespace Lantern.Web.Features.Surveys.Commands.Instruments;

public sealed class SectionInput
{
    /// <summary>The title by language code; the default language's is required.</summary>
    public Dictionary<string, string> Title { get; set; } = [];

    [StringLength(SurveyModelConfiguration.ConditionLength), Display(Name = "Show if")]
    public string? ShowIf { get; set; }

    public static SectionInput From(SurveySection section) => new() { Title = new(section.Title.Texts), ShowIf = section.ShowIf };
}
