namespace Lantern.Web.Features.Advocacy.Model;

/// <summary>How much a target can change the situation (the toolkit's high or low impact).</summary>
public enum Impact
{
    High = 1,
    Low = 2,
}

/// <summary>How easy a target is to influence.</summary>
public enum Influence
{
    Easy = 1,
    Difficult = 2,
}

/// <summary>The toolkit's three-step rating, used for both the likelihood and the impact of a risk.</summary>
public enum Level
{
    Low = 1,
    Medium = 2,
    High = 3,
}

public enum CampaignStatus
{
    Planning = 1,
    Active = 2,
    Paused = 3,
    Completed = 4,
}

/// <summary>The three kinds of tactics of step 5.</summary>
public enum TacticKind
{
    Discreet = 1,
    Public = 2,
    SemiPublic = 3,
}

public enum EvidenceKind
{
    Link = 1,
    Document = 2,
    Figure = 3,
}

/// <summary>The toolkit's groups of advocacy targets (step 4), plus targets outside them.</summary>
public enum TargetGroup
{
    EuInstitutions = 1,
    UnAndInternational = 2,
    NationalAuthorities = 3,
    TechnologySector = 4,
    NgosAndProfessionals = 5,
    MediaAndPublic = 6,
    Other = 7,
}

/// <summary>The toolkit's kinds of risks and challenges (step 7).</summary>
public enum RiskCategory
{
    LimitedEvidence = 1,
    LackOfResources = 2,
    LackOfPublicSupport = 3,
    ProgrammaticOrSafety = 4,
    PolicyMakerDisinterest = 5,
    LimitedLegalProgress = 6,
    Other = 7,
}

public enum RiskStatus
{
    Open = 1,
    Mitigated = 2,
    Closed = 3,
}

/// <summary>Activity indicators count what was done; outcome indicators measure what changed.</summary>
public enum IndicatorKind
{
    Activity = 1,
    Outcome = 2,
}

public enum EvaluationStage
{
    MidTerm = 1,
    Final = 2,
}

public enum EvaluationAnswerValue
{
    NotYet = 0,
    Yes = 1,
    Partly = 2,
    No = 3,
}

/// <summary>Section 9's media-kit contents.</summary>
public enum MediaKitKind
{
    Faq = 1,
    FactSheet = 2,
    Spokesperson = 3,
    PressRelease = 4,
}

public enum CardPalette
{
    Night = 1,
    Ember = 2,
    Sea = 3,
}
