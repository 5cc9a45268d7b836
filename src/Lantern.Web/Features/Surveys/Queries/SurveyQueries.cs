using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Model;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Surveys.Queries;

/// <summary>A survey as the survey list shows it: what it holds, and when it last changed.</summary>
public sealed record SurveySummary(int Id, string Title, string Description, string Languages, int Items, int Responses, int Waves, DateTime CreatedAt, DateTime UpdatedAt);

/// <summary>How many responses a wave collected, and how many of its invitations were used and issued.</summary>
public readonly record struct WaveCounts(int Responses, int InvitationsUsed, int InvitationsIssued);

public static class SurveyQueries
{
    /// <summary>Every survey, most recently changed first, as the list page and the API show them.</summary>
    public static IQueryable<SurveySummary> Summaries(LanternDbContext db) =>
        db.Surveys.AsNoTracking()
            .OrderByDescending(s => s.UpdatedAt).ThenBy(s => s.Id)
            .Select(s => new SurveySummary(s.Id, s.Title, s.Description, s.Languages, s.Items.Count, db.SurveyResponses.Count(r => r.SurveyId == s.Id), s.Waves.Count, s.CreatedAt, s.UpdatedAt));

    /// <summary>
    /// A survey's responses by day of submission, and within a day by their random ids (an order
    /// that tells nothing of who answered first); with <paramref name="since"/>, only those
    /// submitted on or after it. New responses carry today's date, so they come after what a
    /// reader has already paged through.
    /// </summary>
    public static IQueryable<SurveyResponse> Responses(LanternDbContext db, int surveyId, DateTimeOffset? since = null)
    {
        var responses = db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == surveyId);
        if (since is { } from)
        {
            var utc = from.UtcDateTime;
            responses = responses.Where(r => r.SubmittedAt >= utc);
        }

        return responses.OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id);
    }

    /// <summary>Responses and invitations per wave, for the waves page and the API; a wave with none is absent.</summary>
    public static async Task<Dictionary<int, WaveCounts>> WaveCountsAsync(LanternDbContext db, IReadOnlyCollection<int> waveIds, CancellationToken cancellationToken)
    {
        var responses = await db.SurveyResponses.Where(r => r.WaveId != null && waveIds.Contains(r.WaveId.Value))
            .GroupBy(r => r.WaveId!.Value).Select(g => new { WaveId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.WaveId, g => g.Count, cancellationToken);
        var invitations = await db.WaveInvitations.Where(i => waveIds.Contains(i.WaveId))
            .GroupBy(i => i.WaveId).Select(g => new { WaveId = g.Key, Used = g.Count(i => i.Used), Issued = g.Count() })
            .ToDictionaryAsync(g => g.WaveId, g => (g.Used, g.Issued), cancellationToken);
        return waveIds.ToDictionary(id => id, id => new WaveCounts(responses.GetValueOrDefault(id), invitations.GetValueOrDefault(id).Used, invitations.GetValueOrDefault(id).Issued));
    }

    /// <summary>The whole instrument, untracked, with sections, items and scales in their order; null when there is no such survey.</summary>
    public static async Task<Survey?> LoadInstrumentAsync(LanternDbContext db, int surveyId, CancellationToken cancellationToken)
    {
        var survey = await db.Surveys.AsNoTracking().AsSplitQuery()
            .Include(s => s.Sections)
            .Include(s => s.Items).ThenInclude(i => i.Choices)
            .Include(s => s.Scales).ThenInclude(s => s.Items)
            .Include(s => s.Waves)
            .SingleOrDefaultAsync(s => s.Id == surveyId, cancellationToken);
        if (survey is not null)
        {
            survey.Sections.Sort((a, b) => a.Position.CompareTo(b.Position));
            var sectionOrder = survey.Sections.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i);
            survey.Items = [.. survey.Items.OrderBy(i => sectionOrder.GetValueOrDefault(i.SectionId, int.MaxValue)).ThenBy(i => i.Position)];
            foreach (var item in survey.Items)
            {
                item.Choices.Sort((a, b) => a.Position.CompareTo(b.Position));
            }

            survey.Scales.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            survey.Waves.Sort((a, b) => a.Id.CompareTo(b.Id));
        }

        return survey;
    }
}
