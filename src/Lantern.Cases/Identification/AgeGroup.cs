namespace Lantern.Cases.Identification;

/// <summary>
/// Whether the person is a child in the sense of the Palermo Protocol (under 18). A worker often
/// cannot tell, so not knowing is an answer of its own and the default.
/// </summary>
public enum AgeGroup
{
    Unknown,
    Child,
    Adult,
}
