namespace Lantern.Cases.Identification;

/// <summary>
/// A worker's answer on one element. "Don't know" is kept apart from "no": only a "no" can rule
/// the definition out, while an unknown element is something still to find out.
/// </summary>
public enum Answer
{
    Unknown,
    No,
    Yes,
}
