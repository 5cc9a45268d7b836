using Lantern.Web.Features.Advocacy.Model;

namespace Lantern.Web.Features.Advocacy.Catalogues;

public sealed record CatalogueTarget(string Code, TargetGroup Group, string Name, string Why);

/// <summary>
/// Typical targets for advocacy against e-trafficking in Europe, grouped as in the toolkit's step 4
/// and described in the project's own words. A campaign copies an entry and then rates it itself.
/// </summary>
public static class TargetCatalogue
{
    public static readonly IReadOnlyList<CatalogueTarget> Entries =
    [
        new("eu-commission", TargetGroup.EuInstitutions, "European Commission directorates-general (ECHO, INTPA, NEAR, HOME, JUST)", "Shape EU funding, external action and home-affairs and justice policy."),
        new("eu-parliament", TargetGroup.EuInstitutions, "Members of the European Parliament on the LIBE, DROI, FEMM and EMPL committees and the Child Rights Intergroup", "Vote on legislation; their assistants and political advisers are often easier to reach."),
        new("eu-atc", TargetGroup.EuInstitutions, "EU Anti-Trafficking Coordinator", "Has coordinated EU institutions, agencies and member states on trafficking since 2009 and follows the EU strategy."),
        new("eu-children", TargetGroup.EuInstitutions, "European Parliament Coordinator on Children's Rights", "The Parliament's contact point for children's rights in EU policy and in cross-border family cases."),
        new("eu-rapporteurs", TargetGroup.EuInstitutions, "EU Network of National Rapporteurs and Equivalent Mechanisms", "Brings together the national monitors of anti-trafficking policy."),
        new("eu-civil-society", TargetGroup.EuInstitutions, "EU Civil Society Platform against trafficking in human beings", "The EU's forum of civil-society organisations working on trafficking."),
        new("ecre", TargetGroup.EuInstitutions, "European Council on Refugees and Exiles (ECRE)", "A European alliance of NGOs defending the rights of refugees and asylum seekers."),
        new("picum", TargetGroup.EuInstitutions, "Platform for International Cooperation on Undocumented Migrants (PICUM)", "A network for the rights of undocumented migrants."),
        new("europol", TargetGroup.EuInstitutions, "Europol, trafficking in human beings", "Supports cross-border police work, including online investigations."),
        new("icat", TargetGroup.UnAndInternational, "Inter-Agency Coordination Group against Trafficking in Persons (ICAT)", "Coordinates the UN system and other international organisations on trafficking."),
        new("unodc", TargetGroup.UnAndInternational, "UNODC", "Guardian of the Palermo Protocol; research and technical assistance."),
        new("unhcr", TargetGroup.UnAndInternational, "UNHCR", "Protection of refugees, who are at higher risk of being trafficked."),
        new("unicef", TargetGroup.UnAndInternational, "UNICEF", "Child protection, including online exploitation of children."),
        new("iom", TargetGroup.UnAndInternational, "IOM", "Safe migration, assistance to victims and national referral mechanisms."),
        new("unhcr-iom-ukraine", TargetGroup.UnAndInternational, "UNHCR–IOM task force against trafficking linked to the war in Ukraine", "Focused on people fleeing Ukraine, mostly women and children."),
        new("interpol", TargetGroup.UnAndInternational, "INTERPOL", "International police cooperation beyond the EU."),
        new("frontex", TargetGroup.UnAndInternational, "Frontex", "Border management, where screening can identify victims early."),
        new("ministries", TargetGroup.NationalAuthorities, "Ministries of the interior, migration and asylum, labour and justice", "Draft national law and policy and fund its implementation."),
        new("nrm", TargetGroup.NationalAuthorities, "National referral mechanism (or the office that identifies victims)", "Decides how victims are identified early and referred to help."),
        new("police", TargetGroup.NationalAuthorities, "Police anti-trafficking and cybercrime units", "Investigate cases, online and offline."),
        new("unions", TargetGroup.NationalAuthorities, "Labour unions", "Reach workers and watch over employment standards."),
        new("child-protection", TargetGroup.NationalAuthorities, "Child protection authorities", "Protect children identified as possible victims."),
        new("software-companies", TargetGroup.TechnologySector, "Software and online service companies (search, marketplaces, payments)", "Their services can detect, report and disrupt exploitation."),
        new("social-media", TargetGroup.TechnologySector, "Social media and messaging companies", "Where traffickers most often make first contact."),
        new("dating-platforms", TargetGroup.TechnologySector, "Dating platforms", "Used for the \"lover-boy\" method of grooming."),
        new("job-platforms", TargetGroup.TechnologySector, "Job advertising platforms", "Carry deceptive job offers used for recruitment."),
        new("reception-staff", TargetGroup.NgosAndProfessionals, "Staff of reception, asylum and migrant integration services, public or private", "Meet people on the move early and can spot the signs."),
        new("gbv-organisations", TargetGroup.NgosAndProfessionals, "Organisations working on gender-based violence", "Serve women and girls at risk and know their situation."),
        new("frontline-workers", TargetGroup.NgosAndProfessionals, "Frontline anti-trafficking workers", "Identify, refer and support victims."),
        new("media", TargetGroup.MediaAndPublic, "National and local media: journalists, editors, broadcasters", "Decide what the public hears about e-trafficking."),
        new("influencers", TargetGroup.MediaAndPublic, "Influencers and content creators", "Reach young people where traffickers look for them."),
        new("public", TargetGroup.MediaAndPublic, "The public, young people and people on the move", "Public support moves decision-makers; informed people stay safer."),
    ];

    public static CatalogueTarget? Find(string? code) => Entries.FirstOrDefault(e => e.Code == code);
}
