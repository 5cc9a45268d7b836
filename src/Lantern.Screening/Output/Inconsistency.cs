using Lantern.Screening.Indicators;
using Lantern.Screening.Linking;

namespace Lantern.Screening.Output;

/// <summary>Ads sharing a contact or picture that disagree about a name, age or place.</summary>
/// <param name="Values">The differing values as first written, one per distinct value.</param>
/// <param name="Ads">The ads of the link that state the field.</param>
internal sealed record Inconsistency(Link Link, FactKind Field, string[] Values, int[] Ads);
