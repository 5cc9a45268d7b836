using System.Globalization;
using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Model;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Surveys.Queries;

/// <summary>Reads a survey's responses for analysis, and the stamp that tells when they changed.</summary>
public static class SurveyData
{
    public static async Task<SurveyDataset> DatasetAsync(LanternDbContext db, Survey survey, CancellationToken cancellationToken)
    {
        var responses = await db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == survey.Id).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        return SurveyDataset.Build(survey, responses);
    }

    /// <summary>
    /// Changes whenever a response is added or removed or the instrument is edited (its UpdatedAt),
    /// which is everything a saved result depends on besides its own syntax. Response ids are
    /// random, so their sum (each taken modulo a prime, which keeps the sum far from overflow)
    /// stands for which responses there are; an addition and a removal cancel out only when their
    /// ids agree modulo the prime, about one time in a million.
    /// </summary>
    public static async Task<string> StampAsync(LanternDbContext db, Survey survey, CancellationToken cancellationToken)
    {
        var responses = db.SurveyResponses.Where(r => r.SurveyId == survey.Id);
        var count = await responses.CountAsync(cancellationToken);
        var fingerprint = count == 0 ? 0 : await responses.SumAsync(r => r.Id % 1_000_003, cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"{count}:{fingerprint}:{survey.UpdatedAt.Ticks}");
    }
}
