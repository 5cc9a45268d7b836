namespace Lantern.Cases.Htcds;

/// <summary>One allowed value of a picklist: the standard's name, stored and exported, and a label for people.</summary>
public sealed record HtcdsValue(string Name, string Label);
