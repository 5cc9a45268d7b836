using Lantern.Web.Features.Advocacy.Model;

namespace Lantern.Web.Features.Advocacy.Catalogues;

public sealed record MessageTheme(string Code, string Title, string Message, string EvidenceHint, IReadOnlyList<TargetGroup> SuitedTo);

/// <summary>
/// Starting points for messages, one per argument the toolkit makes in step 6, written afresh for
/// Lantern. A campaign adapts them to its own targets and evidence; they are not meant to be sent as they are.
/// </summary>
public static class MessageThemes
{
    public static readonly IReadOnlyList<MessageTheme> All =
    [
        new("early-identification", "Early identification",
            "Many victims are never identified: officials miss the signs, victims often do not see themselves as victims, and those who do are afraid to go to the authorities. Trained staff and a victim-centred approach find people sooner, when help matters most.",
            "National identification and referral statistics; training records of frontline staff.",
            [TargetGroup.NationalAuthorities, TargetGroup.NgosAndProfessionals]),
        new("secondary-victimisation", "No second harm",
            "Long investigations and trials, no safe shelter, no psychological support and meeting the offender again can hurt victims a second time. Their safety and wellbeing must come first at every step of their case.",
            "Case durations, shelter capacity, survivor testimony given with consent.",
            [TargetGroup.NationalAuthorities, TargetGroup.EuInstitutions]),
        new("low-risk-high-profit", "Make trafficking a bad business",
            "Across borders, trafficking still earns a great deal and is rarely punished. States that share information and coordinate their investigations bring more traffickers to court.",
            "Prosecution and conviction figures against identified cases.",
            [TargetGroup.EuInstitutions, TargetGroup.UnAndInternational, TargetGroup.NationalAuthorities]),
        new("e-trafficking-is-trafficking", "E-trafficking is trafficking",
            "Traffickers use phones, apps and platforms to find, recruit, control and exploit people, more and more since the COVID-19 pandemic. The crime is the same online; understanding how technology is used, together with the companies that run it, is how victims are found and traffickers convicted.",
            "The Palermo Protocol's definition; OSCE research on online recruitment and advertising.",
            [TargetGroup.NationalAuthorities, TargetGroup.EuInstitutions, TargetGroup.MediaAndPublic]),
        new("technology-ally", "The technology sector as an ally",
            "Social networks, dating apps and job sites are used to recruit people and to advertise the services of victims. Companies can watch for it, give users simple ways to report suspicious adverts and work with the authorities, and that makes every other effort stronger.",
            "Examples of adverts and profiles flagged by the screening engine, with personal details removed.",
            [TargetGroup.TechnologySector]),
        new("digital-literacy", "Digital literacy saves lives",
            "Knowing how to stay safe online and protect personal data is protection against e-trafficking. Messages made for young people and for people on the move, in their languages, should come first.",
            "OSCE: 75% of sex-trafficking victims are advertised online.",
            [TargetGroup.MediaAndPublic, TargetGroup.NgosAndProfessionals]),
    ];

    public static MessageTheme? Find(string? code) => All.FirstOrDefault(t => t.Code == code);
}
