namespace Lantern.Statistics.Sem;

/// <summary>A model that cannot be fitted to the data as given: a problem of input, not a bug.</summary>
public sealed class SemModelException(string message) : InvalidOperationException(message);
