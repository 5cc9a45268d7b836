using System.Globalization;
using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Model;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Surveys.Analysis;

/// <summary>Reads a survey's responses for analysis, and the stamp that tells when they changed.</summary>
public static class SurveyData
{
    public static async Task<SurveyDataset> DatasetAsync(LanternDbContext db, Survey survey, CancellationToken cancellationToken)
    {
        var responses = await db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == survey.Id).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        return SurveyDataset.Build(survey, responses);
    }

    /// <summary>
    /// Changes whenever a response is added or removed (count and newest id) or the instrument is
    /// edited (its UpdatedAt), which is everything a saved result depends on besides its own syntax.
    /// </summary>
    public static async Task<string> StampAsync(LanternDbContext db, Survey survey, CancellationToken cancellationToken)
    {
        var responses = db.SurveyResponses.Where(r => r.SurveyId == survey.Id);
        var count = await responses.CountAsync(cancellationToken);
        var newest = count == 0 ? 0 : await responses.MaxAsync(r => r.Id, cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"{count}:{newest}:{survey.UpdatedAt.Ticks}");
    }
}
