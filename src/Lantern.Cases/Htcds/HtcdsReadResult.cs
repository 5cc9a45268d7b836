namespace Lantern.Cases.Htcds;

/// <summary>
/// What reading a file gives: every case, or every problem and no case at all, so a file is
/// taken whole or not at all and nobody has to work out which half of it was saved.
/// </summary>
public sealed record HtcdsReadResult
{
    public required string FileName { get; init; }

    public IReadOnlyList<HtcdsCase> Cases { get; init; } = [];

    public IReadOnlyList<HtcdsProblem> Problems { get; init; } = [];

    public bool Succeeded => Problems.Count == 0;
}
