namespace Lantern.Web.Features.Coalition.Model;

/// <summary>The four slices of anti-trafficking work (seed 002).</summary>
public enum Pillar
{
    Advocacy = 1,
    Prevention = 2,
    Intervention = 3,
    Rehabilitation = 4,
}

public enum Population
{
    WomenAndGirls = 1,
    Children = 2,
    MigrantsAndRefugees = 3,
    IndigenousCommunities = 4,
    Lgbtq2 = 5,
    PeopleWithDisabilities = 6,
    MenAndBoys = 7,
    AtRiskWorkers = 8,
}

public enum OrganisationType
{
    Ngo = 1,
    Government = 2,
    LawEnforcement = 3,
    FaithBased = 4,
    Business = 5,
    International = 6,
    Academic = 7,
}

public enum AreaKind
{
    Country = 1,
    Region = 2,
    Locality = 3,
}
