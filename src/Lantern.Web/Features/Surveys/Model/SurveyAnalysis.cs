namespace Lantern.Web.Features.Surveys.Model;

/// <summary>
/// A saved path analysis or SEM in lavaan syntax. The last result is kept with the response
/// count and newest response id it was computed from, so it is re-run when responses change.
/// </summary>
public sealed class SurveyAnalysis
{
    public int Id { get; set; }
    public int SurveyId { get; set; }
    public required string Name { get; set; }
    public required string Syntax { get; set; }
    /// <summary>Bootstrap resamples for intervals of defined (indirect) effects; 0 for none.</summary>
    public int BootstrapDraws { get; set; }
    public int Seed { get; set; } = 1;
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? ResultJson { get; set; }
    public string? ResultDataStamp { get; set; }
    public DateTime? ComputedAt { get; set; }
}
