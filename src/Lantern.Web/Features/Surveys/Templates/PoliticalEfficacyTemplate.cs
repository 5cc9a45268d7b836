using Lantern.Web.Features.Surveys.Model;

namespace Lantern.Web.Features.Surveys.Templates;

/// <summary>
/// The engagement study of a coalition's own members (seed 000): political efficacy, political
/// expectancy, engagement counts and demographics, with the study's two path models. The item
/// wording is Lantern's own, adapted from the published efficacy scales and marked as such.
/// </summary>
public static class PoliticalEfficacyTemplate
{
    public const string Code = "political-efficacy";
    private const string CraigMaggiotto = "Adapted from Craig and Maggiotto (1982), Measuring Political Efficacy";

    private static readonly IReadOnlyList<string> Agreement = LikertLabels.Agreement(7);

    public static Survey Build(DateTime now)
    {
        var draft = new InstrumentDraft(new Survey
        {
            Title = "Anti-trafficking engagement survey",
            Description = "What moves coalition members to act: political efficacy, expectations of government, and involvement in anti-trafficking work.",
            ConsentStatement = LocalizedText.Of("en",
                "This survey asks about your views on politics and your involvement in anti-trafficking work. It takes about 15 minutes. " +
                "Taking part is voluntary, you may skip any question that is not marked as required, and your answers are stored without your name, e-mail or network address. " +
                "Results are reported only as group figures. By continuing you agree to take part."),
            Origin = Code,
            CreatedAt = now,
            UpdatedAt = now,
        });

        draft.Section("Taking part in politics")
            .Likert("ief1", "I consider myself well qualified to take part in politics.", Agreement, CraigMaggiotto)
            .Likert("ief2", "I have a good understanding of the important issues facing my community.", Agreement, CraigMaggiotto)
            .Likert("ief3", "I could do as good a job in public office as most other people.", Agreement, CraigMaggiotto)
            .Likert("ief4", "Politics and government often feel too complicated for someone like me to follow.", Agreement, CraigMaggiotto)
            .Likert("ief5", "If an issue such as human trafficking mattered to me, I could speak up about it effectively.", Agreement, CraigMaggiotto);

        draft.Section("How government responds")
            .Likert("eef1", "Public officials pay little attention to what people like me think.", Agreement, CraigMaggiotto)
            .Likert("eef2", "People like me have many ways to influence what the government does.", Agreement, CraigMaggiotto)
            .Likert("eef3", "People like me have no real say in what the government does.", Agreement, CraigMaggiotto)
            .Likert("eef4", "Voting is the only way people like me can affect how things are run.", Agreement, CraigMaggiotto)
            .Likert("eef5", "Elected officials soon lose touch with the people who elected them.", Agreement, CraigMaggiotto)
            .Likert("eef6", "Government offices act when citizens bring a problem to them.", Agreement, CraigMaggiotto)
            .Likert("eef7", "Organised groups of citizens can change what the government does.", Agreement, CraigMaggiotto)
            .Likert("eef8", "Those in power mostly look after themselves rather than the public.", Agreement, CraigMaggiotto)
            .Likert("eef9", "When enough people ask, the government will act against human trafficking.", Agreement, CraigMaggiotto);

        draft.Section("Who should respond to a crisis")
            .Likert("pexp1", "Individuals share responsibility for responding well to a public crisis such as a pandemic.", Agreement)
            .Likert("pexp2", "Community organisations share responsibility for responding well to a public crisis.", Agreement)
            .Likert("pexp3", "Government is responsible for responding well to a public crisis.", Agreement)
            .Likert("pexp4", "The response to the most recent public crisis in my area was adequate.", Agreement);

        draft.Section("Your involvement")
            .Count("activities", "In the past 12 months, how many political activities have you taken part in (for example contacting an official, signing a petition, going to a public meeting or a demonstration)?", 200)
            .Choice("organisations", ItemType.MultipleChoice, "Which kinds of organisation do you belong to?",
                ("humanitarian", "Humanitarian or human rights"), ("advocacy", "Anti-trafficking advocacy"), ("educational", "Educational"),
                ("political", "Political"), ("labour", "Labour or trade union"), ("immigration", "Immigration or refugee support"),
                ("religious", "Religious or faith-based"), ("other", "Other"))
            .Count("ht_events", "In the past 12 months, how many anti-trafficking events (talks, trainings, awareness days) have you attended?", 200)
            .Choice("resources", ItemType.MultipleChoice, "Which of these anti-trafficking resources do you know?",
                ("hotline", "A national trafficking hotline"), ("coalition", "A local anti-trafficking coalition"), ("directory", "A directory of survivor services"),
                ("training", "Training for frontline staff"), ("campaign", "A public awareness campaign"), ("reporting", "An online tip or reporting form"),
                ("research", "Research reports on trafficking in my region"))
            .Choice("social_media", ItemType.MultipleChoice, "Which social media do you use at least once a week?",
                ("facebook", "Facebook"), ("x", "X (Twitter)"), ("instagram", "Instagram"), ("linkedin", "LinkedIn"), ("youtube", "YouTube"),
                ("tiktok", "TikTok"), ("whatsapp", "WhatsApp"), ("other", "Other"));

        draft.Section("About you")
            .Choice("gender", ItemType.SingleChoice, "Gender",
                ("female", "Female"), ("male", "Male"), ("nonbinary", "Non-binary"), ("self", "I describe myself another way"), ("none", "Prefer not to say"))
            .Choice("age_group", ItemType.SingleChoice, "Age group",
                ("u21", "20 or younger"), ("a21_30", "21–30 years"), ("a31_40", "31–40 years"), ("a41_50", "41–50 years"),
                ("a51_60", "51–60 years"), ("a61", "61 years or older"))
            .Choice("race", ItemType.SingleChoice, "Race or ethnicity",
                ("white", "White or Caucasian"), ("black", "African American or Black"), ("hispanic", "Hispanic or Latino"), ("asian", "Asian"),
                ("multiple", "More than one"), ("other", "Other"), ("none", "Prefer not to say"))
            .Choice("employment", ItemType.SingleChoice, "Current employment",
                ("full_time", "Employed full-time"), ("part_time", "Employed part-time"), ("unemployed", "Not employed"),
                ("student", "Student"), ("retired", "Retired"), ("other", "Other"));

        draft.Scale("internal_efficacy", "Internal political efficacy", ["ief1", "ief2", "ief3", "ief4", "ief5"], reversed: ["ief4"])
            .Scale("external_efficacy", "External political efficacy", ["eef1", "eef2", "eef3", "eef4", "eef5", "eef6", "eef7", "eef8", "eef9"],
                reversed: ["eef1", "eef3", "eef4", "eef5", "eef8"])
            .Scale("political_expectancy", "Political expectancy", ["pexp1", "pexp2", "pexp3", "pexp4"]);

        return draft.Survey;
    }

    /// <summary>The study's two models as saved analyses of <paramref name="survey"/> (already saved, so it has its id), with bootstrap intervals where they define indirect effects.</summary>
    public static IEnumerable<SurveyAnalysis> Analyses(Survey survey, DateTime now) =>
        Models.Select(model => new SurveyAnalysis
        {
            SurveyId = survey.Id,
            Name = model.Name,
            Syntax = model.Syntax,
            BootstrapDraws = model.Syntax.Contains(":=", StringComparison.Ordinal) ? 1000 : 0,
            Seed = 1,
            CreatedAt = now,
            UpdatedAt = now,
        });

    /// <summary>
    /// The study's two path models. A multiple-choice item <c>x</c> enters models as <c>x_n</c>,
    /// the number of options chosen (how many kinds of organisation, resources, platforms).
    /// </summary>
    public static IReadOnlyList<(string Name, string Syntax)> Models { get; } =
    [
        ("Figure 1: internal efficacy as the outcome",
            """
            # What goes with a stronger sense of one's own political competence?
            internal_efficacy ~ organisations_n + resources_n + ht_events + activities + social_media_n
            """),
        ("Figure 2: anti-trafficking events as the outcome",
            """
            # Belonging to organisations raises efficacy and knowledge of resources,
            # and both lead to attending more anti-trafficking events.
            ht_events ~ b1*internal_efficacy + b2*resources_n + organisations_n
            internal_efficacy ~ a1*organisations_n
            resources_n ~ a2*organisations_n
            via_efficacy := a1*b1
            via_resources := a2*b2
            """),
    ];
}
