using Lantern.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Coalition.Model;

/// <summary>
/// The seeded sub-services under the four pillars. Codes are stable: imports, exports and the API
/// use them. New entries are added here and reach existing installs on the next start.
/// </summary>
public static class ServiceCatalogue
{
    public static readonly IReadOnlyList<(string Code, string Name, Pillar Pillar)> Entries =
    [
        ("awareness-raising", "Awareness raising", Pillar.Advocacy),
        ("policy-lobbying", "Policy lobbying", Pillar.Advocacy),
        ("coalition-building", "Coalition building", Pillar.Advocacy),
        ("survivor-led-advocacy", "Survivor-led advocacy", Pillar.Advocacy),
        ("research-and-data", "Research and data", Pillar.Advocacy),
        ("school-curricula", "School curricula", Pillar.Prevention),
        ("economic-empowerment", "Economic empowerment", Pillar.Prevention),
        ("safe-migration-information", "Safe-migration information", Pillar.Prevention),
        ("digital-literacy", "Digital literacy", Pillar.Prevention),
        ("employer-training", "Employer training", Pillar.Prevention),
        ("community-outreach", "Community outreach for at-risk groups", Pillar.Prevention),
        ("hotline", "Hotline", Pillar.Intervention),
        ("outreach-identification", "Outreach and identification", Pillar.Intervention),
        ("law-enforcement-liaison", "Law-enforcement liaison", Pillar.Intervention),
        ("emergency-shelter", "Emergency shelter", Pillar.Intervention),
        ("legal-support", "Legal support", Pillar.Intervention),
        ("long-term-shelter", "Long-term shelter", Pillar.Rehabilitation),
        ("medical-care", "Medical care", Pillar.Rehabilitation),
        ("trauma-counselling", "Trauma counselling", Pillar.Rehabilitation),
        ("legal-aid-immigration", "Legal aid and immigration", Pillar.Rehabilitation),
        ("vocational-training", "Vocational training", Pillar.Rehabilitation),
        ("education-grants", "Education grants", Pillar.Rehabilitation),
        ("microfinance", "Microfinance", Pillar.Rehabilitation),
        ("peer-support", "Peer support", Pillar.Rehabilitation),
        ("reintegration-repatriation", "Reintegration and repatriation", Pillar.Rehabilitation),
    ];

    public static async Task SeedAsync(LanternDbContext db, CancellationToken cancellationToken = default)
    {
        var existing = await db.SubServices.ToDictionaryAsync(s => s.Code, cancellationToken);
        for (var i = 0; i < Entries.Count; i++)
        {
            var (code, name, pillar) = Entries[i];
            if (existing.TryGetValue(code, out var sub))
            {
                sub.Name = name;
                sub.Pillar = pillar;
                sub.SortOrder = i;
            }
            else
            {
                db.SubServices.Add(new SubService { Code = code, Name = name, Pillar = pillar, SortOrder = i });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
