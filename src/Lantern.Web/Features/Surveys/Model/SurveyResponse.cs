using Lantern.Web.Infrastructure.Audit;

namespace Lantern.Web.Features.Surveys.Model;

public enum ResponseOrigin
{
    PublicLink,
    Import,
}

/// <summary>
/// One completed questionnaire. The answers are one JSON object from item id to answer text
/// (see <see cref="SurveyItem"/> for the encoding), so a submission is a single row insert.
/// No IP address or other identifier of the respondent is stored.
/// </summary>
[AuditedAnonymously]
public sealed class SurveyResponse
{
    public long Id { get; set; }
    public int SurveyId { get; set; }
    public int? WaveId { get; set; }
    public ResponseOrigin Origin { get; set; }
    public DateTime SubmittedAt { get; set; }
    public string Language { get; set; } = "en";
    public required string AnswersJson { get; set; }
}
