using System.Collections.Concurrent;
using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Collection;
using Lantern.Web.Features.Surveys.Model;
using Lantern.Web.Features.Surveys.Queries;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Surveys.Collection;

/// <summary>A wave with the instrument it collects, ready to draw and check answers against.</summary>
public sealed record WaveForm(SurveyWave Wave, Questionnaire Questionnaire)
{
    public Survey Survey => Questionnaire.Survey;
}

/// <summary>
/// Keeps each wave's instrument in memory so a public submission costs no instrument query. An
/// entry is trusted for a few seconds; after that one small query compares the wave and the
/// survey's UpdatedAt, and the instrument is reloaded only when it changed.
/// </summary>
public sealed class WaveFormCache(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan TrustedFor = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, (WaveForm Form, DateTime CheckedAt)> entries = new(StringComparer.Ordinal);

    /// <returns>The wave's form, or null when no wave has this key.</returns>
    public async Task<WaveForm?> FindAsync(string publicKey, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (entries.TryGetValue(publicKey, out var entry) && now - entry.CheckedAt < TrustedFor)
        {
            return entry.Form;
        }

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        var current = await db.SurveyWaves.AsNoTracking()
            .Where(w => w.PublicKey == publicKey)
            .Select(w => new { Wave = w, SurveyUpdatedAt = db.Surveys.Where(s => s.Id == w.SurveyId).Select(s => s.UpdatedAt).Single() })
            .SingleOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            entries.TryRemove(publicKey, out _);
            return null;
        }

        var survey = entry.Form is { } cached && cached.Survey.UpdatedAt == current.SurveyUpdatedAt
            ? cached.Survey
            : await SurveyQueries.LoadInstrumentAsync(db, current.Wave.SurveyId, cancellationToken);
        if (survey is null)
        {
            return null;
        }

        var form = new WaveForm(current.Wave, ReferenceEquals(survey, entry.Form?.Survey) ? entry.Form.Questionnaire : new Questionnaire(survey));
        entries[publicKey] = (form, now);
        return form;
    }

    /// <summary>Drops a wave after staff change or delete it, so the public link follows at once.</summary>
    public void Forget(string publicKey) => entries.TryRemove(publicKey, out _);
}
