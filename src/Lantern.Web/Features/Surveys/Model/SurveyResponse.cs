using System.Security.Cryptography;
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
/// No IP address or other identifier of the respondent is stored, and nothing that orders the
/// responses of a day: ids are random and <see cref="SubmittedAt"/> is the day alone.
/// </summary>
[AuditedAnonymously]
public sealed class SurveyResponse
{
    /// <summary>Random, so ids tell nothing of the order in which people answered.</summary>
    public long Id { get; set; } = NewId();
    public int SurveyId { get; set; }
    public int? WaveId { get; set; }
    public ResponseOrigin Origin { get; set; }
    public DateTime SubmittedAt { get; set; }
    public string Language { get; set; } = "en";
    public required string AnswersJson { get; set; }

    /// <summary>
    /// The day of a submission (midnight UTC): a finer time could be matched with the moment a
    /// known person was sent or opened their invitation.
    /// </summary>
    public static DateTime DayOf(DateTime at) => DateTime.SpecifyKind(at.Date, DateTimeKind.Utc);

    /// <summary>A positive id below 2^53, so it survives JSON readers that hold numbers as doubles.</summary>
    private static long NewId() => (long)RandomNumberGenerator.GetInt32(1, 1 << 26) << 27 | (long)RandomNumberGenerator.GetInt32(1 << 27);
}
