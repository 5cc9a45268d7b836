using System.Globalization;
using Lantern.Web.Features.Advocacy.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Lantern.Web.Features.Advocacy.Commands;

/// <summary>
/// Turns what the change tracker is about to save into history records: which item, added,
/// changed (with each field's old and new value) or deleted. Captured before saving, because a
/// deleted item's values are gone afterwards; written after, because an added item's id is not
/// known before.
/// </summary>
public static class ChangeHistory
{
    internal sealed record Pending(EntityEntry<ICampaignItem> Entry, string Action, string Label, string Changes);

    private const int MaxValueLength = 80;

    // Bookkeeping fields that change on every save and say nothing to a reader.
    private static readonly HashSet<string> Ignored = [nameof(Campaign.UpdatedAt), nameof(Campaign.CreatedAt)];

    internal static List<Pending> Capture(ChangeTracker tracker) =>
    [
        .. tracker.Entries<ICampaignItem>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => new Pending(e, ActionOf(e.State), e.Entity.HistoryLabel, e.State == EntityState.Modified ? Describe(e) : ""))
            .Where(p => p.Action != "Changed" || p.Changes.Length > 0),
    ];

    internal static ChangeRecord ToRecord(Pending pending, string? userId, string userName, DateTime at) => new()
    {
        CampaignId = pending.Entry.Entity.CampaignId,
        ItemType = TypeName(pending.Entry.Entity),
        ItemId = pending.Entry.Entity.Id,
        ItemLabel = Truncate(pending.Label, 300),
        Action = pending.Action,
        Changes = Truncate(pending.Changes, 4000),
        UserId = userId,
        UserName = userName,
        At = at,
    };

    /// <summary>The item's kind as people call it, e.g. "Target" for <see cref="AdvocacyTarget"/>.</summary>
    public static string TypeName(ICampaignItem item) => item switch
    {
        AdvocacyTarget => "Target",
        PlannedActivity => "Activity",
        TargetMessage => "Message",
        CampaignEvidence => "Evidence",
        IndicatorReading => "Reading",
        EvaluationAnswer => "Evaluation",
        _ => item.GetType().Name,
    };

    private static string ActionOf(EntityState state) => state switch
    {
        EntityState.Added => "Added",
        EntityState.Deleted => "Deleted",
        _ => "Changed",
    };

    private static string Describe(EntityEntry entry) => string.Join("; ",
        entry.Properties
            .Where(p => p.IsModified && !Ignored.Contains(p.Metadata.Name) && !Equals(p.OriginalValue, p.CurrentValue))
            .Select(p => $"{p.Metadata.Name}: {Format(p.OriginalValue)} → {Format(p.CurrentValue)}"));

    private static string Format(object? value) => value switch
    {
        null => "–",
        string text when text.Length == 0 => "–",
        string text => Truncate(text, MaxValueLength),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "yes" : "no",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "–",
    };

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
