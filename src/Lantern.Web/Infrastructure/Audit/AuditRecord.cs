namespace Lantern.Web.Infrastructure.Audit;

/// <summary>
/// One append-only line of the audit trail: who did what to which record, when and from where.
/// It names the fields that changed but never holds their values, so the trail itself keeps no
/// personal data beyond the actor's account id and address.
/// </summary>
public sealed class AuditRecord
{
    /// <summary>Assigned in sequence by <see cref="AuditChain"/>, so a gap shows a removed record.</summary>
    public long Id { get; set; }

    public DateTime At { get; set; }

    public AuditChannel Channel { get; set; }

    public string? UserId { get; set; }

    public int? TokenId { get; set; }

    public string? Address { get; set; }

    public AuditAction Action { get; set; }

    public string EntityType { get; set; } = "";

    public string? EntityId { get; set; }

    /// <summary>Comma-separated names of the fields that changed.</summary>
    public string? Fields { get; set; }

    /// <summary>Non-personal context: a permission, a row count, a file format.</summary>
    public string? Detail { get; set; }

    public string PreviousHash { get; set; } = "";

    public string Hash { get; set; } = "";
}

public enum AuditAction
{
    Create,
    Update,
    Delete,
    Import,
    Export,
    Download,
    Read,
    SignIn,
    SignInFailed,
    SignOut,
    PermissionDenied,
}

/// <summary>How the actor reached Lantern.</summary>
public enum AuditChannel
{
    /// <summary>A signed-in person in the browser.</summary>
    Web,

    /// <summary>A personal API token.</summary>
    Api,

    /// <summary>Someone not signed in (a public page, a failed sign-in, a survey respondent).</summary>
    Anonymous,

    /// <summary>The <c>lantern</c> command line on the server.</summary>
    Cli,

    /// <summary>Lantern itself: start-up seeding, background work.</summary>
    System,
}
