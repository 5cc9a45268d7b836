using Lantern.Web.Data;
using Lantern.Web.Features.Surveys.Model;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Surveys;

public static class SurveyQueries
{
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
