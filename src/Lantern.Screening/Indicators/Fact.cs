using Lantern.Screening.Text;

namespace Lantern.Screening.Indicators;

public enum FactKind
{
    Name,
    Age,
    Place,
}

/// <summary>
/// Something an ad says about the person in it. Facts are compared across ads that share a
/// contact or a picture: the same phone with three names is the toolkit's "inconsistent information".
/// </summary>
/// <param name="Value">Folded for comparison: lower case, digits for ages.</param>
public readonly record struct Fact(FactKind Kind, string Value, Evidence Evidence);
