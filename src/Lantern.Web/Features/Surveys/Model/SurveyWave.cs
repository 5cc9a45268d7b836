namespace Lantern.Web.Features.Surveys.Model;

/// <summary>One round of data collection through a public link.</summary>
public sealed class SurveyWave
{
    public int Id { get; set; }
    public int SurveyId { get; set; }
    public required string Name { get; set; }
    /// <summary>The random, unguessable part of the public link /s/{PublicKey}.</summary>
    public required string PublicKey { get; set; }
    /// <summary>Responses are accepted from this moment (UTC); open at once when null.</summary>
    public DateTime? OpensAt { get; set; }
    /// <summary>Responses are refused from this moment (UTC); never closes when null.</summary>
    public DateTime? ClosesAt { get; set; }
    /// <summary>When set, each response needs an unused invitation token.</summary>
    public bool RequiresInvitation { get; set; }
    public DateTime CreatedAt { get; set; }

    public bool IsOpenAt(DateTime utcNow) => (OpensAt is null || OpensAt <= utcNow) && (ClosesAt is null || utcNow < ClosesAt);

    public WaveStatus StatusAt(DateTime utcNow) =>
        IsOpenAt(utcNow) ? WaveStatus.Open : OpensAt is { } opens && utcNow < opens ? WaveStatus.NotYetOpen : WaveStatus.Closed;
}

public enum WaveStatus
{
    NotYetOpen,
    Open,
    Closed,
}

/// <summary>A single-use invitation. Only the token's SHA-256 is stored; the token itself is shown once.</summary>
public sealed class WaveInvitation
{
    public int Id { get; set; }
    public int WaveId { get; set; }
    public required string TokenHash { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Whether a response came through it; not when, which could be matched with the response.</summary>
    public bool Used { get; set; }
}
