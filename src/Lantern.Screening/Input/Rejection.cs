namespace Lantern.Screening.Input;

/// <summary>An input line (or CSV record) that could not be screened, and why.</summary>
/// <param name="Line">1-based line where the record starts.</param>
/// <param name="Column">1-based byte column or CSV field position when known.</param>
public sealed record Rejection(long Line, string Reason, int? Column = null);
